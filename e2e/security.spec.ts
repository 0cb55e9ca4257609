import { expect, test, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createExperiment, experimentPage } from './pages/experiment-page';
import { demoExperimentId, resultsPage } from './pages/results-page';

// Issue 16, findings 2 and 7 in a real browser: another origin cannot frame the console (one click on a
// framed "Archive" archived an experiment), and the Content-Security-Policy that says so lets the console
// itself run everywhere, in both themes, with no violation.

const WON = 'Sign up with Google One Tap';

test('a page on another origin cannot frame the console', async ({ page, request, baseURL }) => {
  const ended = await createExperiment(request, 'Framed', ['launch', 'end']);
  const target = `${baseURL}/experiments/${ended.id}`;
  // Opened directly, the page offers "Archive": what a framed click would press.
  await page.goto(target);
  await expect(experimentPage(page).action('Archive')).toBeVisible();

  // The attacker's page, served for real on another origin (another port on loopback: a page Playwright
  // fulfils itself counts as public, and Chromium keeps public pages from framing loopback anyway).
  const attacker = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><title>Win a prize</title><button>Click me</button>
      <iframe src="${target}" style="opacity:0.1;position:absolute;top:0;left:0;width:900px;height:700px"></iframe>`);
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  const { port } = attacker.address() as AddressInfo;
  await page.goto(`http://localhost:${port}/prize`);
  // Chromium puts its error page in place of a frame it refuses to display.
  await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator('iframe').getByRole('button', { name: 'Archive' })).toHaveCount(0);
  await page.mouse.click(450, 350);
  const after = await (await request.get(`/api/projects/@current/experiments/${ended.id}/`)).json();
  expect(after.archived).toBe(false);
  attacker.close();
});

/** Collects every CSP violation the page reports, as events and as console errors. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text()))
      seen.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (t: string) => void })
        .reportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return seen;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the console runs under its CSP with no violation (${colorScheme} theme)`, async ({
    browser,
    request,
  }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const violations = await watchViolations(page);

    const dashboard = await page.goto('/experiments');
    expect(dashboard?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    // The inline colour-scheme snippet ran (its hash is in the policy): the theme class is set.
    await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${colorScheme}\\b`));

    const results = resultsPage(page);
    await results.goto(await demoExperimentId(request, WON));
    await expect(results.tab).toHaveAttribute('aria-selected', 'true');
    await results.settled();
    await expect(results.exposuresChart).toBeVisible();
    await expect(results.metric('Sign-up completion')).toBeVisible();

    const draft = await createExperiment(request, `CSP editor ${colorScheme}`);
    await page.goto(`/experiments/${draft.id}/edit`);
    await expect(page.getByRole('textbox', { name: /^Name\s*\*?$/ })).toBeVisible();
    await page.goto('/experiments/new');
    await expect(page.getByRole('textbox', { name: /^Name\s*\*?$/ })).toBeVisible();

    expect(violations).toEqual([]);
    await context.close();
  });
}
