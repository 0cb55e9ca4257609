import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { EXPERIMENTS_API } from './support/experiments-api';
import { createExperiment, dashboardPage, listFromApi } from './pages/dashboard-page';

const FLAGS_API = '/api/projects/@current/feature_flags/';
const SHOTS = process.env.SCREENSHOT_DIR;

async function flagActive(request: APIRequestContext, flagId: number): Promise<boolean> {
  const response = await request.get(`${FLAGS_API}${flagId}/`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { active: boolean }).active;
}

/** Screenshots for a person to look at, light and dark, only when asked for (SCREENSHOT_DIR). */
async function shoot(page: Page, name: string, fullPage = false) {
  if (!SHOTS) return;
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${SHOTS}/${name}-${colorScheme}.png`, fullPage });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const attentionItem = (page: Page, name: string) =>
  dashboardPage(page)
    .attentionList.getByRole('listitem')
    .filter({ has: page.getByRole('link', { name, exact: true }) });

test.describe('Needs attention', () => {
  test('an experiment ended as Won that still splits users appears, and its flag is turned off after asking, with Undo', async ({
    page,
    request,
  }) => {
    const ended = await createExperiment(request, 'E2E attention won split', ['launch', 'end']);
    const concluded = await request.patch(`${EXPERIMENTS_API}${ended.id}/`, {
      data: { conclusion: 'won' },
    });
    expect(concluded.ok()).toBe(true);
    expect(await flagActive(request, ended.feature_flag.id)).toBe(true);

    const dashboard = dashboardPage(page);
    await dashboard.goto(`?status=attention&search=${encodeURIComponent(ended.name)}`);
    const item = attentionItem(page, ended.name);
    await expect(item).toContainText(
      'Ended, but its feature flag still serves control 50 % · test 50 % of all users',
    );
    await expect(dashboard.tab('Needs attention')).toHaveText('Needs attention 1');
    await expectNoSeriousA11yViolations(page);
    await shoot(page, 'attention-split');

    await item.getByRole('button', { name: 'Turn flag off' }).click();
    const dialog = page.getByRole('dialog', { name: 'Turn flag off' });
    await expect(dialog).toContainText(ended.feature_flag_key);
    await expect(dialog).toContainText('Now: control 50 % · test 50 % of all users.');
    await expect(dialog).toContainText('After: Flag off: everyone gets the default.');
    await expect(
      dialog.getByRole('link', { name: 'ship it from the experiment page' }),
    ).toHaveAttribute('href', `/experiments/${ended.id}?action=ship`);
    await expectNoSeriousA11yViolations(page, '[role="dialog"]');
    await shoot(page, 'attention-turn-off-dialog');
    await dialog.getByRole('button', { name: 'Turn flag off' }).click();

    const notice = page
      .getByRole('alert')
      .filter({ hasText: `The flag ${ended.feature_flag_key} of “${ended.name}” is off` });
    await expect(notice).toContainText('everyone gets the default');
    await expect(item).toHaveCount(0);
    await expect(
      page.getByRole('heading', {
        name: /^The one experiment whose name contains .* needs no decision$/,
      }),
    ).toBeVisible();
    await expect(dashboard.tab('Needs attention')).toHaveText('Needs attention 0');
    await expect.poll(() => flagActive(request, ended.feature_flag.id)).toBe(false);

    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect(item).toBeVisible();
    await expect.poll(() => flagActive(request, ended.feature_flag.id)).toBe(true);

    // Both switches are in the experiment's History, newest first.
    await page.goto(`/experiments/${ended.id}?tab=history`);
    const history = page.getByRole('list', { name: 'History, newest first' });
    await expect(history.getByRole('listitem').first()).toContainText(
      `turned the feature flag ${ended.feature_flag_key} on`,
    );
    await expect(history).toContainText(`turned the feature flag ${ended.feature_flag_key} off`);
  });

  test('"End experiment" and "Resume" open the dialog they name on the experiment page', async ({
    page,
  }) => {
    const dashboard = dashboardPage(page);
    await dashboard.goto('?status=attention');
    const end = dashboard.attentionList.getByRole('link', { name: 'End experiment' }).first();
    const endHref = await end.getAttribute('href');
    expect(endHref).toMatch(/^\/experiments\/\d+\?action=end$/);
    await end.click();
    await expect(page.getByRole('dialog', { name: 'End experiment' })).toBeVisible();

    await dashboard.goto('?status=attention');
    const resume = dashboard.attentionList.getByRole('link', { name: 'Resume' }).first();
    expect(await resume.getAttribute('href')).toMatch(/^\/experiments\/\d+\?action=resume$/);
    await resume.click();
    await expect(page.getByRole('dialog', { name: 'Resume experiment' })).toBeVisible();
  });

  test('a view-only experiment offers its actions refused, with the reason, never a read-only editor', async ({
    page,
    request,
  }) => {
    type Listed = {
      name: string;
      user_access_level?: string;
      metrics?: unknown[];
      feature_flag: { active: boolean };
    };
    const viewOnly = async (query: string, test: (e: Listed) => boolean) => {
      const found = (await listFromApi(request, query)).results as unknown as Listed[];
      const experiment = found.find((e) => e.user_access_level === 'viewer' && test(e));
      // The demo seeds both: an ended one on a live flag, a running one without a primary metric.
      expect(experiment, query).toBeDefined();
      return experiment!;
    };
    const ended = await viewOnly('limit=200&status=stopped', (e) => e.feature_flag.active);
    const noMetric = await viewOnly('limit=200&status=running', (e) => e.metrics?.length === 0);
    const dashboard = dashboardPage(page);

    await dashboard.goto(`?status=attention&search=${encodeURIComponent(ended.name)}`);
    const endedItem = attentionItem(page, ended.name);
    await expect(endedItem).toContainText('You have view-only access to this experiment');
    await expect(endedItem.getByRole('button', { name: 'Turn flag off' })).toBeDisabled();
    await expect(endedItem.getByRole('link')).toHaveCount(1); // only the experiment's own name
    await shoot(page, 'attention-view-only');

    await dashboard.goto(`?status=attention&search=${encodeURIComponent(noMetric.name)}`);
    const metricItem = attentionItem(page, noMetric.name);
    await expect(metricItem).toContainText('Running without a primary metric');
    await expect(metricItem).toContainText('You have view-only access to this experiment');
    await expect(metricItem.getByRole('button', { name: 'Add a primary metric' })).toBeDisabled();
    await expect(metricItem.getByRole('link', { name: 'Add a primary metric' })).toHaveCount(0);
  });

  test('a search with no match says so, instead of "nothing needs a decision"', async ({
    page,
  }) => {
    const dashboard = dashboardPage(page);
    await dashboard.goto('?status=attention&search=zz-no-such-experiment');
    await expect(
      page.getByRole('heading', { name: 'No experiment name contains “zz-no-such-experiment”' }),
    ).toBeVisible();
    await expect(page.getByText('Nothing needs a decision right now')).toHaveCount(0);
    await page.getByRole('tabpanel').getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL('/experiments?status=attention');
    await expect(dashboard.attentionList).toBeVisible();
    await shoot(page, 'attention-all', true);
  });

  test('"Archived only" changes the Needs attention count and list, as it does the others', async ({
    page,
    request,
  }) => {
    const archived = await listFromApi(request, 'limit=200&archived=true');
    const dashboard = dashboardPage(page);
    await dashboard.goto();
    const tab = dashboard.tab('Needs attention');
    await expect(tab).toHaveText(/^Needs attention \d+\+?$/);
    const before = await tab.textContent();

    await dashboard.archivedOnly.click();
    await expect(page).toHaveURL('/experiments?archived=true');
    await expect(tab).not.toHaveText(before!);
    await tab.click();
    await expect(dashboard.attentionList).toBeVisible();
    // Each item's first link is the experiment's name.
    const shown = await dashboard.attentionList
      .locator(':scope > li')
      .evaluateAll((items) => items.map((li) => li.querySelector('a')?.textContent ?? ''));
    expect(shown.length).toBeGreaterThan(0);
    // Every item is an archived experiment, and its tab count says how many.
    const archivedNames = new Set(archived.results.map((e) => e.name));
    for (const name of shown) expect(archivedNames.has(name), name).toBe(true);
    await expect(tab).toHaveText(`Needs attention ${shown.length}`);
    await expect(page.getByText(/Archived experiments were filed away on purpose/)).toBeVisible();
    await shoot(page, 'attention-archived');
  });

  test('reads on a phone: reasons and actions wrap, nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const dashboard = dashboardPage(page);
    await dashboard.goto('?status=attention');
    await expect(dashboard.attentionList).toBeVisible();
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    await shoot(page, 'attention-phone');
  });
});
