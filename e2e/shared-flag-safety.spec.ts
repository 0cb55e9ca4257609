import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createExperiment, EXPERIMENTS_API, experimentPage } from './pages/experiment-page';
import { dashboardPage } from './pages/dashboard-page';

const FLAGS_API = '/api/projects/@current/feature_flags/';

interface Made {
  id: number;
  name: string;
  feature_flag_key: string;
  feature_flag: { id: number; active: boolean };
}

async function flagActive(request: APIRequestContext, flagId: number): Promise<boolean> {
  const response = await request.get(`${FLAGS_API}${flagId}/`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { active: boolean }).active;
}

/** Light and dark, so both themes are looked at (the theme follows the system colour scheme). */
async function screenshots(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `e2e/.output/screens/shared-flag-${name}-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * An ended experiment whose flag still splits users, and a running one on the same flag (created with the
 * ended one's key, launched). The running one's name does not match the ended one's, so a search for the
 * ended one leaves the running one out of everything the dashboard read.
 */
async function endedAndRunningOnOneFlag(request: APIRequestContext) {
  const ended = (await createExperiment(request, 'E2E shared ended', [
    'launch',
    'end',
  ])) as unknown as Made;
  const created = await request.post(EXPERIMENTS_API, {
    data: {
      name: `E2E rerun on ${ended.feature_flag_key}`,
      feature_flag_key: ended.feature_flag_key,
      parameters: {
        feature_flag_variants: [
          { key: 'control', split_percent: 50 },
          { key: 'test', split_percent: 50 },
        ],
      },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const rerun = (await created.json()) as Made;
  expect(rerun.feature_flag.id).toBe(ended.feature_flag.id);
  const launched = await request.post(`${EXPERIMENTS_API}${rerun.id}/launch/`, { data: {} });
  expect(launched.ok(), await launched.text()).toBe(true);
  expect(await flagActive(request, ended.feature_flag.id)).toBe(true);
  return { ended, rerun };
}

test.describe('a flag shared with a running experiment', () => {
  test('Needs attention refuses to turn it off, naming the running experiment it would pause', async ({
    page,
    request,
  }) => {
    const { ended, rerun } = await endedAndRunningOnOneFlag(request);
    const dashboard = dashboardPage(page);
    await dashboard.goto(`?status=attention&search=${encodeURIComponent(ended.name)}`);
    const item = dashboard.attentionList
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: ended.name, exact: true }) });
    await expect(item).toContainText('Ended, but its feature flag still serves');

    await item.getByRole('button', { name: 'Turn flag off' }).click();
    const dialog = page.getByRole('dialog', { name: 'Turn flag off' });
    await expect(dialog).toContainText(
      `The flag ${ended.feature_flag_key} cannot be turned off from here: it also runs “${rerun.name}”, and turning it off would pause that experiment.`,
    );
    await expect(dialog.getByRole('link', { name: rerun.name })).toHaveAttribute(
      'href',
      `/experiments/${rerun.id}`,
    );
    await expect(dialog.getByRole('button', { name: 'Turn flag off' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, '[role="dialog"]');
    await screenshots(page, 'attention-refused');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
    expect(await flagActive(request, ended.feature_flag.id)).toBe(true);
  });

  test('Delete does not pre-tick turning the flag off, and names the running experiment', async ({
    page,
    request,
  }) => {
    const { ended, rerun } = await endedAndRunningOnOneFlag(request);
    const ui = experimentPage(page);
    await ui.goto(ended.id);
    await ui.openMenu();
    await ui.menuItem('Delete…').click();
    const dialog = ui.dialog(`Delete “${ended.name}”?`);
    await expect(dialog).toContainText(
      `The flag ${ended.feature_flag_key} also runs “${rerun.name}”: turning it off pauses that experiment too`,
    );
    const turnOff = dialog.getByRole('checkbox', { name: /Turn the flag .* off/ });
    await expect(turnOff).not.toBeChecked();
    await expectNoSeriousA11yViolations(page, '[role="dialog"]');
    await screenshots(page, 'delete-dialog');

    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    expect(await flagActive(request, ended.feature_flag.id)).toBe(true);
    const still = await request.get(`${EXPERIMENTS_API}${rerun.id}/`);
    expect(((await still.json()) as { status: string }).status).toBe('running');
  });
});
