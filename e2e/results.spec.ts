import { expect, test } from '@playwright/test';
import { createExperiment } from './pages/experiment-page';
import { demoExperimentId, resultsPage } from './pages/results-page';
import { expectNoSeriousA11yViolations } from './support/axe';

/** The demo's won experiment: "Sign-up completion +11 % (p < 0.01)", frequentist, one-tap shipped. */
const WON = 'Sign up with Google One Tap';
/** The demo's running experiment whose structured form loses exposures: a sample-ratio mismatch. */
const MISMATCHED =
  'Checkout address form: split the single free-text address field into structured street, city, postcode and country fields with autocomplete, and validate postcodes inline before the shipping step';

test.describe('experiment results', () => {
  test('the won demo experiment opens on its results, with a significant winning variant', async ({
    page,
    request,
  }) => {
    const results = resultsPage(page);
    await results.goto(await demoExperimentId(request, WON));
    await expect(results.tab).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(/\/experiments\/\d+$/);

    const table = results.metric('Sign-up completion');
    await expect(table.getByRole('columnheader', { name: 'p-value' })).toBeVisible();
    await expect(results.variant(table, 'control')).toContainText('Baseline');
    const winner = results.variant(table, 'one-tap');
    await expect(winner).toContainText('Significantly better');
    await expect(winner).toContainText(/\+1\d\.\d\d%/);
    await expect(winner).toContainText('converted');
    await expect(winner.getByRole('img')).toHaveAccessibleName(
      /^95% confidence interval from \+\d+\.\d\d% to \+\d+\.\d\d%$/,
    );
  });

  test('the exposures chart has a text alternative, and the totals add up', async ({
    page,
    request,
  }) => {
    const results = resultsPage(page);
    await results.goto(await demoExperimentId(request, WON));
    await expect(results.exposuresChart).toBeVisible();
    // Hidden from sight, there for screen readers: one row per day of the run, plus the header.
    const days = results.exposuresByDay.getByRole('row');
    expect(await days.count()).toBeGreaterThan(10);
    await expect(
      results.exposuresByDay.getByRole('columnheader', { name: 'one-tap' }),
    ).toBeAttached();
    const total = results.totals.getByRole('row', { name: /^Total/ });
    await expect(total).toContainText(/\d{1,3}(,\d{3})*/);
  });

  test('a running experiment with a sample ratio mismatch says so, with expected and observed', async ({
    page,
    request,
  }) => {
    const results = resultsPage(page);
    await results.goto(await demoExperimentId(request, MISMATCHED));
    await expect(results.mismatch).toBeVisible();
    await expect(results.mismatch).toContainText(
      /structured: [\d,]+ exposed \(\d+(\.\d)?%\), about [\d,]+ expected \(50%\)/,
    );
    await expect(results.mismatch).toContainText('What to check');
  });

  test('a draft explains that results come with the launch; Refresh works from the keyboard', async ({
    page,
    request,
  }) => {
    const results = resultsPage(page);
    const draft = await createExperiment(request, 'Results draft');
    await results.goto(draft.id, '?tab=results');
    await expect(page.getByText(/Results appear once the experiment is launched/)).toBeVisible();

    await results.goto(await demoExperimentId(request, WON));
    await results.settled();
    await results.tab.focus();
    for (
      let i = 0;
      i < 10 && !(await results.refresh.evaluate((b) => b === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(results.refresh).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Computed just now')).toBeVisible();
    await expect(results.refresh).toBeEnabled();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`results pass axe in the ${colorScheme} theme`, async ({ browser, request }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const results = resultsPage(page);
      for (const name of [WON, MISMATCHED]) {
        await results.goto(await demoExperimentId(request, name));
        await results.settled();
        await expectNoSeriousA11yViolations(page);
      }
      await context.close();
    });
  }
});
