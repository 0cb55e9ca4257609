import { expect, test, type Browser, type Page } from '@playwright/test';
import { EXPERIMENTS_API } from './pages/experiment-page';

/**
 * Issue 12: the dashboard and the experiment page arrive rendered on the server, and the browser takes
 * them over without a hydration mismatch, also in a time zone other than the server's.
 */

const STATUS_LABELS: Record<string, string> = {
  draft: 'Draft',
  running: 'Running',
  paused: 'Paused',
  stopped: 'Stopped',
};

// A zone other than this machine's, which is the server's (Playwright starts it here).
const serverZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const readerZone = serverZone === 'Pacific/Kiritimati' ? 'America/Anchorage' : 'Pacific/Kiritimati';

/** Console errors and uncaught page errors: a hydration mismatch or a refused inline script is one. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function readerContext(browser: Browser) {
  return browser.newContext({ timezoneId: readerZone, locale: 'en-GB' });
}

test.describe('pages rendered on the server', () => {
  test('the dashboard and an experiment page are HTML with their rows and status, without JavaScript', async ({
    browser,
    request,
  }) => {
    const list = await (await request.get(`${EXPERIMENTS_API}?limit=25`)).json();
    const firstPage = list.results as { id: number; name: string; status: string }[];
    expect(firstPage.length).toBeGreaterThan(0);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto('/experiments');
    const rows = page.locator('tbody tr');
    await expect(rows).toHaveCount(firstPage.length);
    for (const [i, experiment] of firstPage.entries()) {
      await expect(rows.nth(i)).toContainText(experiment.name);
      await expect(rows.nth(i)).toContainText(STATUS_LABELS[experiment.status]!);
    }

    const one = firstPage[0]!;
    await page.goto(`/experiments/${one.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(one.name);
    await expect(page.locator('main')).toContainText(STATUS_LABELS[one.status]!);
    await context.close();
  });

  test(`the browser takes the pages over without a mismatch, in ${readerZone} (the server is in ${serverZone})`, async ({
    browser,
    request,
  }) => {
    const list = await (await request.get(`${EXPERIMENTS_API}?limit=1`)).json();
    const id = list.results[0].id as number;
    const context = await readerContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    const root = page.locator('#root');

    // The first visit renders before the server knows the zone (dates wait for the browser); the second
    // is rendered in the zone the browser told it.
    for (const visit of ['first visit', 'second visit']) {
      for (const path of ['/experiments', `/experiments/${id}`]) {
        await test.step(`${visit}: ${path}`, async () => {
          const response = await page.goto(path);
          expect(await response!.text()).toContain('id="ssr-state"');
          await expect(root).not.toHaveAttribute('inert');
          const time = page.locator('main time').first();
          await expect(time).toBeVisible();
          // The date the reader sees is the one their browser writes, in their zone.
          const { shown, expected } = await time.evaluate((element: HTMLTimeElement) => {
            const at = new Date(element.dateTime);
            const long = new Intl.DateTimeFormat(undefined, {
              dateStyle: 'medium',
              timeStyle: 'short',
            });
            return {
              shown: element.title || element.textContent,
              expected: element.title ? long.format(at) : element.textContent,
            };
          });
          expect(shown).toBe(expected);
          expect(errors, errors.join('\n')).toEqual([]);
        });
      }
    }
    await context.close();
  });

  test('ended experiments, whose results load beside the card, hydrate without a mismatch, also in dark mode', async ({
    browser,
    request,
  }) => {
    // Their results are fetched in the browser only: one that arrives while the page is being taken over
    // must not reach the first render.
    const stopped = (await (await request.get(`${EXPERIMENTS_API}?status=stopped&limit=6`)).json())
      .results as { id: number }[];
    expect(stopped.length).toBeGreaterThan(0);
    for (const mode of ['light', 'dark'] as const) {
      const context = await readerContext(browser);
      await context.addInitScript(`localStorage.setItem('experiment-console-mode', '${mode}')`);
      const page = await context.newPage();
      const errors = collectErrors(page);
      for (const { id } of stopped) {
        await page.goto(`/experiments/${id}`);
        await expect(page.locator('#root')).not.toHaveAttribute('inert');
        await page.waitForLoadState('networkidle');
      }
      // The mode menu shows the stored mode once the page is the browser's (the server knew none).
      await expect(
        page.getByRole('button', { name: `Theme: ${mode === 'dark' ? 'Dark' : 'Light'}` }),
      ).toBeVisible();
      expect(errors, errors.join('\n')).toEqual([]);
      await context.close();
    }
  });

  test('a button on a rendered page works as soon as it can be clicked', async ({ browser }) => {
    const context = await readerContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto('/experiments');
    // Inert until the app has taken the page over: nothing can be clicked that would do nothing.
    await page.getByRole('tab', { name: /^Running/ }).click();
    await expect(page).toHaveURL(/status=running/);
    await expect(page.locator('tbody tr').first()).toContainText('Running');
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  });
});
