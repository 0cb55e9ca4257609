import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createExperiment, dashboardPage, listFromApi } from './pages/dashboard-page';

const STATUS_TABS = [
  ['All', ''],
  ['Draft', 'draft'],
  ['Running', 'running'],
  ['Paused', 'paused'],
  ['Stopped', 'stopped'],
] as const;

test.describe('the experiments dashboard', () => {
  test('each status tab shows its count and its experiments, as the API does', async ({
    page,
    request,
  }) => {
    const dashboard = dashboardPage(page);
    await dashboard.goto();
    for (const [label, status] of STATUS_TABS) {
      await test.step(label, async () => {
        const api = await listFromApi(request, `limit=25${status && `&status=${status}`}`);
        await expect(dashboard.tab(label)).toHaveText(`${label} ${api.count}`);
        await dashboard.tab(label).click();
        await expect(page).toHaveURL(status ? `/experiments?status=${status}` : '/experiments');
        await expect.poll(() => dashboard.rowNames()).toEqual(api.results.map((e) => e.name));
        await expect(dashboard.range).toHaveText(`1–${Math.min(25, api.count)} of ${api.count}`);
      });
    }
  });

  test('searches by name after a pause in typing; Esc clears', async ({ page, request }) => {
    const dashboard = dashboardPage(page);
    await dashboard.goto();
    await dashboard.search.fill('checkout');
    await expect(page).toHaveURL('/experiments?search=checkout');
    const api = await listFromApi(request, 'limit=25&search=checkout');
    expect(api.count).toBeGreaterThan(0);
    await expect.poll(() => dashboard.rowNames()).toEqual(api.results.map((e) => e.name));
    await expect(dashboard.tab('All')).toHaveText(`All ${api.count}`);

    await dashboard.search.press('Escape');
    await expect(dashboard.search).toHaveValue('');
    await expect(page).toHaveURL('/experiments');
  });

  test('sorts by the columns PostHog can order by, both ways', async ({ page, request }) => {
    const dashboard = dashboardPage(page);
    await dashboard.goto();
    for (const [column, field] of [
      ['Name', 'name'],
      ['Started', 'start_date'],
      ['Days running', 'duration'],
    ] as const) {
      await test.step(column, async () => {
        await dashboard.columnHeader(column).click();
        const first = await listFromApi(
          request,
          `limit=25&order=${new URL(page.url()).searchParams.get('sort')}`,
        );
        await expect.poll(() => dashboard.rowNames()).toEqual(first.results.map((e) => e.name));
        await dashboard.columnHeader(column).click();
        const sort = new URL(page.url()).searchParams.get('sort');
        expect(sort?.replace('-', '')).toBe(field);
        const second = await listFromApi(request, `limit=25&order=${sort}`);
        await expect.poll(() => dashboard.rowNames()).toEqual(second.results.map((e) => e.name));
      });
    }
  });

  test('pages through the list with a chosen page size', async ({ page, request }) => {
    const dashboard = dashboardPage(page);
    await dashboard.goto();
    await page.getByRole('combobox', { name: /Rows per page/ }).click();
    await page.getByRole('option', { name: '10', exact: true }).click();
    await expect(page).toHaveURL('/experiments?page_size=10');
    await page.getByRole('button', { name: 'Go to next page' }).click();
    await expect(page).toHaveURL('/experiments?page=2&page_size=10');
    const api = await listFromApi(request, 'limit=10&offset=10');
    await expect.poll(() => dashboard.rowNames()).toEqual(api.results.map((e) => e.name));
    await expect(dashboard.range).toHaveText(`11–20 of ${api.count}`);
  });

  test('keeps the view in the URL: a copied link, Back and Forward, and a reload', async ({
    page,
    context,
  }) => {
    const dashboard = dashboardPage(page);
    await dashboard.goto('?page_size=10');
    await dashboard.tab('Stopped').click();
    await dashboard.search.fill('e');
    await expect(page).toHaveURL(/search=e/);
    await dashboard.columnHeader('Name').click();
    await page.getByRole('button', { name: 'Go to next page' }).click();
    const view = '?status=stopped&search=e&sort=name&page=2&page_size=10';
    await expect(page).toHaveURL(`/experiments${view}`);
    const names = await dashboard.rowNames();
    expect(names.length).toBeGreaterThan(0);

    const copy = dashboardPage(await context.newPage());
    await copy.goto(view);
    await expect.poll(() => copy.rowNames()).toEqual(names);
    await expect(copy.tab('Stopped')).toHaveAttribute('aria-selected', 'true');
    await expect(copy.search).toHaveValue('e');
    await expect(copy.range).toHaveText(/^11–/);

    await page.goBack();
    await expect(page).toHaveURL('/experiments?status=stopped&search=e&sort=name&page_size=10');
    await page.goBack();
    await expect(page).toHaveURL('/experiments?status=stopped&search=e&page_size=10');
    await page.goForward();
    await expect(page).toHaveURL('/experiments?status=stopped&search=e&sort=name&page_size=10');
    await page.reload();
    await expect(dashboard.search).toHaveValue('e');
    await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  test('shows Paused once the flag is turned off through the API', async ({ page, request }) => {
    const experiment = await createExperiment(request, 'E2E dashboard pause', ['launch']);
    const dashboard = dashboardPage(page);
    await dashboard.goto(`?search=${encodeURIComponent(experiment.name)}`);
    await expect(
      dashboard.row(experiment.name).getByText('Running', { exact: true }),
    ).toBeVisible();

    const flagOff = await request.patch(
      `/api/projects/@current/feature_flags/${experiment.feature_flag.id}/`,
      {
        data: { active: false },
      },
    );
    expect(flagOff.ok()).toBe(true);
    await page.reload();
    await expect(dashboard.row(experiment.name).getByText('Paused', { exact: true })).toBeVisible();
    await dashboard.tab('Paused').click();
    await expect(dashboard.row(experiment.name)).toBeVisible();
    const paused = await listFromApi(request, 'limit=1&status=paused');
    await dashboard.search.fill('');
    await expect(dashboard.tab('Paused')).toHaveText(`Paused ${paused.count}`);
  });

  test('lists what needs attention with reasons and the action that resolves each', async ({
    page,
    request,
  }) => {
    const ended = await createExperiment(request, 'E2E attention ended', ['launch', 'end']);
    const noMetric = await createExperiment(request, 'E2E attention no metric', ['launch']);
    const dashboard = dashboardPage(page);
    await dashboard.goto('?status=attention&search=E2E%20attention');

    const endedItem = dashboard.attentionList.getByRole('listitem').filter({ hasText: ended.name });
    await expect(endedItem).toContainText('Stopped without a recorded conclusion');
    await expect(endedItem.getByRole('link', { name: 'Record conclusion' })).toHaveAttribute(
      'href',
      `/experiments/${ended.id}?action=conclude`,
    );
    const metricItem = dashboard.attentionList
      .getByRole('listitem')
      .filter({ hasText: noMetric.name });
    await expect(metricItem).toContainText('Running without a primary metric');
    await expect(metricItem.getByRole('link', { name: 'Add a primary metric' })).toHaveAttribute(
      'href',
      `/experiments/${noMetric.id}/edit`,
    );

    // The seeded demo has long-paused and long-running experiments too.
    await dashboard.goto('?status=attention');
    await expect(dashboard.attentionList).toContainText(/Paused for at least \d+ days/);
    await expect(dashboard.attentionList).toContainText(/Running for \d+ days \(over 30\)/);
    await expect(dashboard.attentionList).toContainText(/Draft untouched for \d+ days/);
  });

  test('archives only an ended experiment, saying why otherwise', async ({ page, request }) => {
    const running = await createExperiment(request, 'E2E archive running', ['launch']);
    const ended = await createExperiment(request, 'E2E archive ended', ['launch', 'end']);
    const dashboard = dashboardPage(page);
    await dashboard.goto('?search=E2E%20archive');

    const refused = (await dashboard.openRowMenu(running.name)).getByRole('menuitem', {
      name: /Archive/,
    });
    await expect(refused).toHaveAttribute('aria-disabled', 'true');
    await expect(refused).toContainText('Experiment must be ended before it can be archived.');
    await refused.click({ force: true });
    await page.keyboard.press('Escape');
    await expect(dashboard.row(running.name)).toBeVisible();

    const menu = await dashboard.openRowMenu(ended.name);
    await menu.getByRole('menuitem', { name: 'Archive' }).click();
    await expect(dashboard.snackbar).toContainText(`Archived “${ended.name}”.`);
    await expect(dashboard.row(ended.name)).toHaveCount(0);
    await dashboard.archivedOnly.check();
    await expect(dashboard.row(ended.name).getByText('Archived')).toBeVisible();
  });

  test('deletes softly, then Undo restores it', async ({ page, request }) => {
    const draft = await createExperiment(request, 'E2E delete draft');
    const dashboard = dashboardPage(page);
    await dashboard.goto(`?search=${encodeURIComponent(draft.name)}`);

    await (
      await dashboard.openRowMenu(draft.name)
    )
      .getByRole('menuitem', { name: 'Delete…' })
      .click();
    await page
      .getByRole('dialog', { name: `Delete “${draft.name}”?` })
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await expect(dashboard.snackbar).toContainText(`Deleted “${draft.name}”.`);
    await expect(page.getByRole('heading', { name: 'No matching experiments' })).toBeVisible();
    expect((await request.get(`/api/projects/@current/experiments/${draft.id}/`)).status()).toBe(
      404,
    );

    await dashboard.snackbar.getByRole('button', { name: 'Undo' }).click();
    await expect(dashboard.row(draft.name)).toBeVisible();
    expect((await request.get(`/api/projects/@current/experiments/${draft.id}/`)).status()).toBe(
      200,
    );
  });

  test('works from the keyboard: "/" to search, tabs, sorting and the row menu', async ({
    page,
  }) => {
    const dashboard = dashboardPage(page);
    await dashboard.goto();
    await dashboard.settled();
    await page.keyboard.press('/');
    await expect(dashboard.search).toBeFocused();
    await page.keyboard.type('onboarding');
    await expect(page).toHaveURL('/experiments?search=onboarding');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL('/experiments');

    await dashboard.tab('All').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/experiments?status=running');

    await dashboard.columnHeader('Name').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/experiments?status=running&sort=name');

    const [first] = await dashboard.rowNames();
    await dashboard
      .row(first!)
      .getByRole('button', { name: `Actions for ${first}` })
      .focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: `Actions for ${first}` });
    await expect(menu.getByRole('menuitem', { name: 'Open' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: /Archive/ })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await dashboard.row(first!).getByRole('link', { name: first }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: first })).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no serious accessibility violations in the ${colorScheme} theme`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const dashboard = dashboardPage(page);
      await dashboard.goto('?status=stopped');
      await dashboard.settled();
      await expectNoSeriousA11yViolations(page);

      const [first] = await dashboard.rowNames();
      await dashboard.openRowMenu(first!);
      await expectNoSeriousA11yViolations(page);
      await page.keyboard.press('Escape');

      await dashboard.goto('?status=attention');
      await expect(dashboard.attentionList).toBeVisible();
      await expectNoSeriousA11yViolations(page);

      await dashboard.goto('?search=no-such-experiment-anywhere');
      await expect(page.getByRole('heading', { name: 'No matching experiments' })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await context.close();
    });
  }
});
