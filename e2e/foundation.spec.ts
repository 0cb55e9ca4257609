import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

test.describe('the app shell on the embedded demo', () => {
  test('opens on the experiment list with the seeded demo project', async ({ page, request }) => {
    const api = await (await request.get('/api/projects/@current/experiments/?limit=1')).json();
    expect(api.count).toBeGreaterThanOrEqual(40);

    await page.goto('/');
    await expect(page).toHaveURL(/\/experiments$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Experiments' })).toBeVisible();
    await expect(page.getByText('Embedded demo · Demo project')).toBeVisible();

    const newest = api.results[0];
    const row = page.getByRole('row').filter({ hasText: newest.name });
    await expect(row).toBeVisible();
    await expect(row.getByText(newest.feature_flag_key)).toBeVisible();
    await expect(page.getByRole('row')).toHaveCount(26); // header + a page of 25
  });

  test('opens an experiment from the list and shows its paused status from the flag', async ({
    page,
    request,
  }) => {
    const paused = (
      await (await request.get('/api/projects/@current/experiments/?status=paused&limit=1')).json()
    ).results[0];
    await page.goto(`/experiments/${paused.id}`);
    await expect(page.getByRole('heading', { level: 1, name: paused.name })).toBeVisible();
    await expect(page.getByText('Paused', { exact: true }).first()).toBeVisible();
  });

  test('shows a not-found page for unknown routes and experiments', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { name: /not found/i })).toBeVisible();
    await page.goto('/experiments/999999');
    await expect(page.getByRole('heading', { name: /not found/i })).toBeVisible();
  });

  test('ships zod’s English messages with the first page', async ({ page }) => {
    // The bundle drops the contract index's own import of them (vite.config.ts treeshake): without the
    // entry's import, every zod problem in the browser would read "Invalid input".
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (/javascript/.test(response.headers()['content-type'] ?? ''))
        scripts.push(response.text());
    });
    await page.goto('/experiments');
    await expect(page.getByRole('heading', { level: 1, name: 'Experiments' })).toBeVisible();
    const bodies = await Promise.all(scripts);
    expect(bodies.some((body) => body.includes('Too big: expected'))).toBe(true);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no serious accessibility violations in the ${colorScheme} theme`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto('/experiments');
      await expect(page.getByRole('row').nth(1)).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await page.getByRole('row').nth(1).getByRole('link').click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await context.close();
    });
  }
});
