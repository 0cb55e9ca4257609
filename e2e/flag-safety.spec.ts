import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import {
  createExperiment,
  EXPERIMENTS_API,
  experimentPage,
  fromApi,
} from './pages/experiment-page';

/** The one "serving now" line in the header; nbsp inside "100 %" reads as a space to the matchers. */
const servingLine = (page: Page) => page.getByTestId('serving-now');

const shot = async (page: Page, name: string) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `/tmp/b-${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
};

test.describe('flag safety: the page says what the flag serves, and can switch it', () => {
  test('after shipping a variant, the header line and the Variants table say it serves 100 %', async ({
    page,
    request,
  }) => {
    const created = await createExperiment(request, 'Ship and serve', ['launch']);
    const ui = experimentPage(page);
    await ui.goto(created.id, '?tab=overview');
    await expect(servingLine(page)).toContainText('control 50 % · test 50 % of all users');

    await ui.openMenu();
    await ui.menuItem('Ship a variant…').click();
    const dialog = ui.dialog('Ship a variant');
    await dialog.getByRole('radio', { name: 'test' }).check();
    await dialog.getByRole('button', { name: 'Ship test' }).click();
    await expect(dialog).toBeHidden();

    await expect(servingLine(page)).toContainText(
      `${created.feature_flag_key} · test to 100 % of users`,
    );
    const variants = page.getByRole('table', { name: 'Variants' });
    await expect(variants.getByRole('row', { name: /test/ })).toContainText('100 %');
    await expect(variants.getByRole('row', { name: /control/ })).toContainText('0 %');
    await expect(page.getByText('Serving now: test to 100 % of users.')).toBeVisible();
    // The flag is still on after the ship: the header offers to turn it off.
    await expect(ui.action('Turn flag off')).toBeVisible();
    const api = await fromApi(request, created.id);
    expect(api.feature_flag.filters.multivariate.variants.map((v) => v.rollout_percentage)).toEqual(
      [0, 100],
    );
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'shipped');
  });

  test('turning the flag off on a running experiment pauses it, says since when, and is in History', async ({
    page,
    request,
  }) => {
    const created = await createExperiment(request, 'Pause from flag', ['launch']);
    const ui = experimentPage(page);
    // The link Needs attention and the dashboard use; on a running experiment it is Pause.
    await ui.goto(created.id, '?tab=overview&action=flag-off');
    const dialog = ui.dialog('Pause experiment');
    await expect(dialog).toBeVisible();
    await expect(page).not.toHaveURL(/action=/);
    await dialog.getByRole('button', { name: 'Pause' }).click();

    await expect(ui.status).toHaveText('Paused');
    await expect(servingLine(page)).toContainText(
      /Paused since \w{3} \d{1,2}: everyone gets the default/,
    );
    await expect(page.getByText(/Not ended: paused since/)).toBeVisible();
    expect((await fromApi(request, created.id)).feature_flag.active).toBe(false);

    await ui.tab('History').click();
    await expect(ui.history.getByRole('listitem').first()).toContainText('paused the experiment');
    await expectNoSeriousA11yViolations(page);
  });

  test('an ended experiment’s flag is turned off after a confirmation, shows in History, and Undo turns it back on', async ({
    page,
    request,
  }) => {
    const created = await createExperiment(request, 'Ended still serving', ['launch', 'end']);
    const ui = experimentPage(page);
    await ui.goto(created.id, '?tab=overview');
    await expect(ui.status).toHaveText('Stopped');
    await expect(servingLine(page)).toContainText('control 50 % · test 50 % of all users');

    await ui.action('Turn flag off').click();
    const dialog = ui.dialog('Turn flag off');
    await expect(dialog).toContainText('Now: control 50 % · test 50 % of all users.');
    await expect(dialog).toContainText('After: Flag off: everyone gets the default.');
    await expectNoSeriousA11yViolations(page, '[role="dialog"]');
    await shot(page, 'flag-off-dialog');
    await dialog.getByRole('button', { name: 'Turn flag off' }).click();
    await expect(dialog).toBeHidden();

    await expect(ui.notice(`The flag ${created.feature_flag_key} is off`)).toBeVisible();
    await expect(servingLine(page)).toContainText(
      /Flag off since \w{3} \d{1,2}: everyone gets the default/,
    );
    await expect(ui.status).toHaveText('Stopped');
    expect((await fromApi(request, created.id)).feature_flag.active).toBe(false);
    await expect(ui.action('Turn flag on')).toBeVisible();
    await shot(page, 'flag-off');

    await ui.tab('History').click();
    const newest = ui.history.getByRole('listitem').first();
    await expect(newest).toContainText(`turned the feature flag ${created.feature_flag_key} off`);
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'flag-history');

    await ui
      .notice(`The flag ${created.feature_flag_key} is off`)
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(ui.notice(`The flag ${created.feature_flag_key} is on again`)).toBeVisible();
    await expect
      .poll(async () => (await fromApi(request, created.id)).feature_flag.active)
      .toBe(true);
    await expect(newest).toContainText(`turned the feature flag ${created.feature_flag_key} on`);
  });

  test('a draft on a live shared flag says the flag serves users, and can turn it off', async ({
    page,
    request,
  }) => {
    const ended = await createExperiment(request, 'Shared flag owner', ['launch', 'end']);
    const response = await request.post(EXPERIMENTS_API, {
      data: { name: `Draft on a live flag ${ended.id}`, feature_flag_key: ended.feature_flag_key },
    });
    expect(response.status(), await response.text()).toBe(201);
    const draft = (await response.json()) as { id: number };
    const ui = experimentPage(page);
    await ui.goto(draft.id, '?tab=overview');
    await expect(ui.status).toHaveText('Draft');
    await expect(servingLine(page)).toContainText('of all users');
    await ui.status.hover();
    await expect(page.getByRole('tooltip')).toHaveText(
      /feature flag is on: users get its variants/,
    );
    await expect(page.getByRole('tooltip')).not.toContainText('nobody is enrolled');
    await expect(ui.action('Turn flag off')).toBeVisible();
    await shot(page, 'draft-live-flag');
  });

  test('a link asking for an action that is not allowed says why', async ({ page, request }) => {
    const created = await createExperiment(request, 'Draft asked to end');
    const ui = experimentPage(page);
    await ui.goto(created.id, '?action=end');
    await expect(
      ui.notice('Cannot end the experiment: Experiment has not been launched yet.'),
    ).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('at phone width the header line wraps inside the page', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    // The seeded won experiment: ended, its flag still on.
    await page.goto('/experiments/3?tab=overview');
    await expect(servingLine(page)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(
      true,
    );
    await shot(page, 'phone');
  });
});
