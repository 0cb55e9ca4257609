import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import {
  createExperiment,
  EXPERIMENTS_API,
  experimentPage,
  fromApi,
} from './pages/experiment-page';
import { dashboardPage } from './pages/dashboard-page';

const FLAGS_API = '/api/projects/@current/feature_flags/';

interface WithFlag {
  id: number;
  name: string;
  feature_flag_key: string;
  feature_flag: { id: number };
}

async function flagActive(request: APIRequestContext, flagId: number): Promise<boolean> {
  const response = await request.get(`${FLAGS_API}${flagId}/`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { active: boolean }).active;
}

const experimentStatus = async (request: APIRequestContext, id: number) =>
  (await request.get(`${EXPERIMENTS_API}${id}/`)).status();

/** Light and dark, so both themes are looked at (the theme follows the system colour scheme). */
async function screenshots(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `e2e/.output/screens/delete-safety-${name}-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('delete safety', () => {
  test('deleting a running experiment asks, pauses it so its flag is off, and Undo works after navigating away', async ({
    page,
    request,
  }) => {
    const created = (await createExperiment(request, 'Delete running', [
      'launch',
    ])) as unknown as WithFlag;
    const ui = experimentPage(page);
    await ui.goto(created.id);
    await expect(ui.status).toHaveText('Running');

    await ui.openMenu();
    await ui.menuItem('Delete…').click();
    const dialog = ui.dialog(`Delete “${created.name}”?`);
    await expect(dialog).toContainText(
      `Its feature flag ${created.feature_flag_key} is on and serves control 50 % · test 50 % of all users`,
    );
    await expect(dialog).toContainText('users keep getting their variants unless you turn it off');
    const turnOff = dialog.getByRole('checkbox', { name: /Pause it first/ });
    await expect(turnOff).toBeChecked();
    await expectNoSeriousA11yViolations(page, '[role="dialog"]');
    await screenshots(page, 'dialog-running');

    // Nothing has happened yet: the dialog only asked.
    expect(await experimentStatus(request, created.id)).toBe(200);
    await dialog.getByRole('button', { name: 'Turn flag off and delete' }).click();

    // The page's menu is gone with the experiment: the keyboard lands on the news, not the page top.
    await expect(page.getByRole('heading', { level: 1, name: 'Experiment deleted' })).toBeFocused();
    const notice = ui.notice(`Deleted “${created.name}”.`);
    await expect(notice).toContainText(
      `It was paused first, so its flag ${created.feature_flag_key} is off`,
    );
    expect(await experimentStatus(request, created.id)).toBe(404);
    expect(await flagActive(request, created.feature_flag.id)).toBe(false);
    await screenshots(page, 'deleted-page');

    // Away from the page, the notice and its Undo are still there.
    await page.getByRole('link', { name: 'All experiments', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Experiments' })).toBeVisible();
    await expect(notice).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoSeriousA11yViolations(page, '[data-testid="notice"]');
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await notice.getByRole('button', { name: 'Undo' }).click();

    await expect(
      ui.notice(
        `Restored “${created.name}” and turned its flag ${created.feature_flag_key} back on.`,
      ),
    ).toBeVisible();
    expect((await fromApi(request, created.id)).status).toBe('running');
    expect(await flagActive(request, created.feature_flag.id)).toBe(true);

    // The pause and the resume are in its History, as any other pause would be.
    await ui.goto(created.id, '?tab=history');
    await expect(ui.history).toContainText(/paused/i);
    await expect(ui.history).toContainText(/resumed/i);
  });

  test('a delete that keeps the flag on says so; Recently deleted restores it later', async ({
    page,
    request,
  }) => {
    const created = (await createExperiment(request, 'Delete keep flag', [
      'launch',
    ])) as unknown as WithFlag;
    const dashboard = dashboardPage(page);
    await dashboard.goto(`?search=${encodeURIComponent(created.name)}`);

    await (
      await dashboard.openRowMenu(created.name)
    )
      .getByRole('menuitem', { name: 'Delete…' })
      .click();
    const dialog = page.getByRole('dialog', { name: `Delete “${created.name}”?` });
    await dialog.getByRole('checkbox', { name: /Pause it first/ }).uncheck();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();

    await expect(dashboard.snackbar).toContainText(
      `Deleted “${created.name}”. Its flag ${created.feature_flag_key} is still on and serving users.`,
    );
    // The row is gone with the keyboard focus that was in its menu: it lands on Undo.
    await expect(dashboard.snackbar.getByRole('button', { name: 'Undo' })).toBeFocused();
    expect(await experimentStatus(request, created.id)).toBe(404);
    expect(await flagActive(request, created.feature_flag.id)).toBe(true);

    await page.goto('/experiments/deleted');
    await expect(page.getByRole('heading', { level: 1, name: 'Recently deleted' })).toBeVisible();
    const list = page.getByRole('list', { name: 'Recently deleted experiments' });
    await expect(list).toContainText(created.name);
    await expect(list).toContainText(created.feature_flag_key);
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'recently-deleted');
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(
      true,
    );
    await screenshots(page, 'recently-deleted-360');
    await page.setViewportSize({ width: 1280, height: 720 });

    await list.getByRole('button', { name: `Restore “${created.name}”` }).click();
    await expect(page.getByTestId('notice')).toContainText(`Restored “${created.name}”.`);
    await expect(
      page.getByText('Nothing was deleted from this browser in the last 30 days.'),
    ).toBeVisible();
    expect((await fromApi(request, created.id)).status).toBe('running');
  });

  test('a draft whose flag is off: the dialog says deleting changes nothing users see', async ({
    page,
    request,
  }) => {
    const created = await createExperiment(request, 'Delete draft');
    const ui = experimentPage(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await ui.goto(created.id);
    await ui.openMenu();
    await ui.menuItem('Delete…').click();
    const dialog = ui.dialog(`Delete “${created.name}”?`);
    await expect(dialog).toContainText(
      `Its feature flag ${created.feature_flag_key} is off, so users get the default`,
    );
    await expect(dialog.getByRole('checkbox')).toHaveCount(0);
    await screenshots(page, 'dialog-draft-360');
    // The confirming button is reachable from the keyboard; Escape cancels and gives focus back.
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Delete', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'More actions' })).toBeFocused();
    expect(await experimentStatus(request, created.id)).toBe(200);
  });
});
