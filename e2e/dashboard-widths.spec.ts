import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createExperiment, dashboardPage } from './pages/dashboard-page';
import { editorPage } from './pages/editor-page';
import { experimentPage } from './pages/experiment-page';

/** A phone, a small laptop, a desktop: the widths the issue was read at. */
const WIDTHS = [360, 1024, 1440] as const;
/** Below this the dashboard shows cards (CARD_LAYOUT_QUERY). */
const CARD_WIDTH = 980;
const RUNNING_WITH_RESULTS = 22;

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(innerWidth);
}

/** Light and dark, kept with the test's results so a person can look at them. */
async function screenshots(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: test.info().outputPath(`${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function expectInsideWindow(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  expect(box, 'the element is on screen').not.toBeNull();
  const width = page.viewportSize()!.width;
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
}

/** The list as it is drawn at this width: a table, or cards on a phone. */
function experimentList(page: Page, width: number) {
  return width < CARD_WIDTH
    ? page.getByRole('list', { name: 'Experiments', exact: true })
    : page.getByRole('table', { name: 'Experiments', exact: true });
}

test.describe('the dashboard at 360, 1024 and 1440 px', () => {
  for (const width of WIDTHS) {
    test(`at ${width} px no page scrolls sideways and the row menu is on screen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const dashboard = dashboardPage(page);

      await test.step('dashboard', async () => {
        await dashboard.goto();
        const list = experimentList(page, width);
        await expect(list).toHaveAttribute('aria-busy', 'false');
        const name = 'Free shipping threshold banner (Copy)';
        const menuButton = list.getByRole('button', { name: `Actions for ${name}` });
        await expectInsideWindow(page, menuButton);
        await expectNoSidewaysScroll(page);
        await screenshots(page, `dashboard-${width}`);
        await menuButton.click();
        const menu = page.getByRole('menu', { name: `Actions for ${name}` });
        await expect(menu).toBeVisible();
        await expectInsideWindow(page, menu);
        await page.keyboard.press('Escape');
        await expect(menu).toBeHidden();
      });

      await test.step('experiment page', async () => {
        const experiment = experimentPage(page);
        await experiment.goto(RUNNING_WITH_RESULTS);
        await expect(experiment.heading).toBeVisible();
        // The results (tables, charts) arrive after the header: measure once they are drawn.
        await page.waitForLoadState('networkidle');
        await expect(page.getByRole('progressbar')).toHaveCount(0);
        await expectNoSidewaysScroll(page);
        await screenshots(page, `experiment-${width}`);
      });

      await test.step('editor', async () => {
        await editorPage(page).gotoEdit(RUNNING_WITH_RESULTS);
        await expectNoSidewaysScroll(page);
        await screenshots(page, `editor-${width}`);
      });
    });
  }

  test('from 360 px up, neither the page nor the table scrolls sideways', async ({ page }) => {
    const dashboard = dashboardPage(page);
    await dashboard.goto();
    for (const width of [360, 480, 600, 768, 900, CARD_WIDTH - 1, CARD_WIDTH, 1100, 1280, 1366]) {
      await test.step(`${width} px`, async () => {
        await page.setViewportSize({ width, height: 800 });
        const list = experimentList(page, width);
        await expect(list).toHaveAttribute('aria-busy', 'false');
        await expectNoSidewaysScroll(page);
        if (width >= CARD_WIDTH) {
          const region = page.getByRole('region', { name: 'Experiments table' });
          const fits = await region.evaluate((el) => el.scrollWidth <= el.clientWidth);
          expect(fits, `the table scrolls inside its region at ${width} px`).toBe(true);
        }
      });
    }
  });

  test('a phone gets cards with the same facts and row menu, and no axe findings', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const dashboard = dashboardPage(page);
    await dashboard.goto('?status=running');
    const cards = experimentList(page, 360);
    await expect(cards).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByRole('table')).toHaveCount(0);
    const card = cards.getByRole('listitem').first();
    for (const fact of ['Feature flag', 'Type', 'Created by', 'Created', 'Started', 'Days running'])
      await expect(card.getByText(fact, { exact: true })).toBeVisible();
    await expect(card.getByRole('button', { name: /^Copy flag key / })).toBeVisible();
    await expect(card.getByRole('button', { name: /^Actions for / })).toBeVisible();
    // Sorting without column headers.
    await page.getByRole('combobox', { name: 'Sort' }).click();
    await page.getByRole('option', { name: 'Name A–Z' }).click();
    await expect(page).toHaveURL(/sort=name/);
    await expectNoSeriousA11yViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSeriousA11yViolations(page);
  });

  test('the Draft tab hides the columns a draft never fills; names and conclusions are whole', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const dashboard = dashboardPage(page);

    await dashboard.goto('?status=draft');
    await dashboard.settled();
    const header = (name: string) => dashboard.table.getByRole('columnheader', { name });
    for (const empty of ['Started', 'Days running', 'Primary metric', 'Conclusion'])
      await expect(header(empty)).toHaveCount(0);
    await expect(header('Created by')).toBeVisible();

    await dashboard.goto();
    await dashboard.settled();
    for (const shown of ['Started', 'Days running', 'Primary metric', 'Conclusion'])
      await expect(header(shown)).toBeVisible();
    // The copy's name is not cut: "(Copy)" is what tells it from the original.
    const copy = dashboard.table.getByRole('link', {
      name: 'Free shipping threshold banner (Copy)',
    });
    expect(await copy.evaluate((link) => link.scrollHeight <= link.clientHeight)).toBe(true);
    // The wide layout's own columns (Type, Created by) pass axe too.
    await expectNoSeriousA11yViolations(page);

    for (const width of [1024, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await dashboard.goto('?status=stopped&page_size=100');
      await dashboard.settled();
      const labels = dashboard.table.locator('[data-conclusion] [data-chip-label]');
      expect(await labels.count()).toBeGreaterThan(3);
      const cut = await labels.evaluateAll((spans) =>
        spans.filter((span) => span.scrollWidth > span.clientWidth).map((s) => s.textContent),
      );
      expect(cut, `conclusion labels cut at ${width} px`).toEqual([]);
    }
  });

  test('pasting a flag key (or part of one) finds its experiment, marked as found by the key', async ({
    page,
    request,
  }) => {
    const experiment = await createExperiment(request, 'Widths flag search');
    const key = experiment.feature_flag_key;
    const dashboard = dashboardPage(page);
    await dashboard.goto();
    await dashboard.search.fill(key);
    await expect(page).toHaveURL(`/experiments?search=${key}`);
    const found = page.getByRole('table', { name: 'Found by flag key', exact: true });
    await expect(found.getByRole('link', { name: experiment.name })).toBeVisible();
    await expect(found.getByText('(flag key matches the search)')).toBeAttached();
    // PostHog's search still means names: the name list itself has no match.
    await expect(page.getByRole('heading', { name: 'No matching names' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await test.step('part of the key, on a phone', async () => {
      await page.setViewportSize({ width: 360, height: 800 });
      await dashboard.goto(`?search=${key.slice(0, -2)}`);
      const cards = page.getByRole('list', { name: 'Found by flag key', exact: true });
      await expect(cards.getByRole('link', { name: experiment.name })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await screenshots(page, 'flag-key-search-360');
    });
  });
});
