import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { EXPERIMENTS_API, experimentPage, fromApi } from './pages/experiment-page';
import { demoExperimentId } from './pages/results-page';
import { expectNoSeriousA11yViolations } from './support/axe';

/** The demo's clear leader among the running experiments: wallets beat control on Cart to purchase. */
const LEADER = 'Express checkout with Apple Pay and Google Pay';

const checkDialog = (page: Page) => expectNoSeriousA11yViolations(page, '[role="dialog"]');

/**
 * The specs share one database: this one ends a seeded experiment, so it puts it back as seeded (running,
 * no conclusion) before and after, and never ships (a shipped flag could not be put back).
 */
async function keepRunning(request: APIRequestContext, id: number) {
  const response = await request.patch(`${EXPERIMENTS_API}${id}/`, {
    data: { end_date: null, conclusion: null, conclusion_comment: null },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

test.describe('concluding from the results', () => {
  test('the End dialog suggests a conclusion with its reason; the PM confirms; the card keeps the results', async ({
    page,
    request,
  }) => {
    const id = await demoExperimentId(request, LEADER);
    await keepRunning(request, id);
    try {
      const ui = experimentPage(page);

      await test.step('the dashboard shows the leader of the primary metric', async () => {
        await page.goto(`/experiments?search=${encodeURIComponent('Express checkout')}`);
        const row = page.getByRole('row').filter({ hasText: LEADER });
        await expect(row).toContainText('Running');
        await expect(
          row.getByText(/^Primary metric: wallets leads by [\d.]+\s%, significant$/),
        ).toBeAttached();
      });

      await ui.goto(id);
      await ui.action('End experiment').click();
      const dialog = ui.dialog('End experiment');

      await test.step('the dialog reads the results and suggests Won, pre-selected', async () => {
        const results = dialog.getByRole('list', { name: 'Primary metric results' });
        await expect(results).toContainText('Cart to purchase');
        // With about 2,000 people the leader is beyond doubt: the chance to win shows as '> 99.9 %'.
        await expect(results).toContainText(
          /wallets \+[\d.]+\s% vs control · chance to win > 99\.9\s%/,
        );
        await expect(results).toContainText('Significantly better');
        const suggestion = dialog.getByRole('status', { name: 'Suggested conclusion' });
        await expect(suggestion).toContainText(
          /Suggested: Won — wallets beats control on Cart to purchase: \+[\d.]+\s%, chance to win > 99\.9\s%\./,
        );
        await expect(dialog.getByRole('radio', { name: /Won/ })).toBeChecked();
        await checkDialog(page);
      });

      const comment = dialog.getByRole('textbox', { name: 'Comment' });
      await test.step('nothing is sent until the PM confirms; the summary and the winner wait for them', async () => {
        await expect(comment).toHaveValue('');
        await dialog.getByRole('button', { name: 'Use summary' }).click();
        await expect(comment).toHaveValue(/^Cart to purchase: wallets \+[\d.]+\s% vs control \(/);
        await comment.press('End');
        await comment.pressSequentially(' Rolling out next sprint.');
        const ship = dialog.getByRole('checkbox', { name: 'Also ship a variant' });
        await expect(ship).not.toBeChecked();
        await ship.check();
        await expect(dialog.getByRole('radio', { name: 'wallets' })).toBeChecked();
        await expect(dialog.getByRole('button', { name: 'End and ship wallets' })).toBeVisible();
        await ship.uncheck();
        await checkDialog(page);
        expect((await fromApi(request, id)).end_date).toBeNull();
      });

      const written = await comment.inputValue();
      await test.step('the PM confirms: ended as Won with the comment', async () => {
        // A retry finds this spec's earlier end and reset in the history: the dialog then asks the PM to
        // acknowledge those changes since launch before ending.
        await expect(
          dialog.getByRole('progressbar', { name: 'Loading changes since launch' }),
        ).toHaveCount(0);
        const acknowledge = dialog.getByRole('checkbox', { name: 'I have reviewed these changes' });
        if ((await acknowledge.count()) > 0) await acknowledge.check();
        await dialog.getByRole('button', { name: 'End experiment' }).click();
        await expect(dialog).toBeHidden();
        await expect(ui.status).toHaveText('Stopped');
        const ended = await fromApi(request, id);
        expect(ended).toMatchObject({ status: 'stopped', conclusion: 'won' });
        expect(ended.end_date).not.toBeNull();
        expect(ended.conclusion_comment).toBe(written);
        expect(written).toMatch(/Rolling out next sprint\.$/);
        expect(ended.feature_flag.filters.multivariate.variants).toEqual([
          expect.objectContaining({ key: 'control', rollout_percentage: 70 }),
          expect.objectContaining({ key: 'wallets', rollout_percentage: 30 }),
        ]);
      });

      await test.step('the conclusion card shows the results as they were at the end', async () => {
        const card = ui.conclusionCard;
        await expect(card).toContainText('Won');
        const atEnd = card.getByRole('region', { name: /^Results at end, / });
        await expect(atEnd.getByRole('time')).toHaveAttribute(
          'datetime',
          (await fromApi(request, id)).end_date!,
        );
        const list = atEnd.getByRole('list', { name: 'Primary metric results at end' });
        await expect(list).toContainText(/wallets \+[\d.]+\s% vs control · chance to win/);
        await expect(list).toContainText('Significantly better');
        await expectNoSeriousA11yViolations(page);
      });
    } finally {
      await keepRunning(request, id);
    }
  });

  test('the End dialog with its suggestion passes axe in the dark theme', async ({
    browser,
    request,
  }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    const ui = experimentPage(page);
    await ui.goto(await demoExperimentId(request, LEADER));
    await ui.action('End experiment').click();
    const dialog = ui.dialog('End experiment');
    await expect(dialog.getByRole('status', { name: 'Suggested conclusion' })).toBeVisible();
    await checkDialog(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await context.close();
  });
});
