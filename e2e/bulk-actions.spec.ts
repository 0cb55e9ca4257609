import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import {
  apiAction,
  createExperiment,
  experimentPage,
  fromApi,
  type ApiExperiment,
} from './pages/experiment-page';

/** Experiments of one test's own, found on the dashboard by the label they share. */
async function createBatch(
  request: Parameters<typeof createExperiment>[0],
  label: string,
  count: number,
): Promise<ApiExperiment[]> {
  const made: ApiExperiment[] = [];
  for (let i = 0; i < count; i++) made.push(await createExperiment(request, label, ['launch']));
  return made;
}

function bulkUi(page: Page) {
  const bar = page.getByRole('toolbar', { name: 'Selected experiments' });
  const dialog = page.getByRole('dialog');
  return {
    bar,
    dialog,
    select: (name: string) => page.getByRole('checkbox', { name: `Select ${name}`, exact: true }),
    selectPage: page.getByRole('checkbox', { name: 'Select every experiment on this page' }),
    action: (label: string) => bar.getByRole('button', { name: new RegExp(`^${label}`) }),
    list: (title: RegExp) => dialog.getByRole('region', { name: title }),
  };
}

const statuses = async (request: Parameters<typeof fromApi>[0], batch: ApiExperiment[]) =>
  Promise.all(batch.map(async (e) => (await fromApi(request, e.id)).status));

test.describe('bulk actions on the dashboard', () => {
  test('resume previews five and skips two with the reason, runs the five, and Undo pauses them again', async ({
    page,
    request,
  }) => {
    const label = `Bulk resume ${Date.now().toString(36)}`;
    const batch = await createBatch(request, label, 7);
    const paused = batch.slice(0, 5);
    const running = batch.slice(5);
    for (const experiment of paused) await apiAction(request, experiment.id, 'pause');
    const ui = bulkUi(page);

    await page.goto(`/experiments?search=${encodeURIComponent(label)}`);
    await expect(page.getByRole('link', { name: new RegExp(label) })).toHaveCount(7);
    await ui.selectPage.check();
    await expect(ui.bar).toContainText('7 selected');
    await expect(ui.action('Resume')).toHaveText('Resume (5)');

    await ui.action('Resume').click();
    await expect(ui.dialog).toHaveAccessibleName('Resume 5 experiments?');
    const willResume = ui.list(/^Will resume/);
    for (const e of paused) await expect(willResume).toContainText(e.name);
    const skipped = ui.list(/^Skipped/);
    await expect(skipped.getByRole('listitem')).toHaveCount(2);
    for (const e of running)
      await expect(skipped.getByRole('listitem').filter({ hasText: e.name })).toContainText(
        'Experiment is not paused.',
      );
    await expectNoSeriousA11yViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSeriousA11yViolations(page);
    await page.emulateMedia({ colorScheme: 'light' });
    // Nothing has changed before the person confirms.
    expect(await statuses(request, batch)).toEqual([
      ...Array(5).fill('paused'),
      'running',
      'running',
    ]);

    await ui.dialog.getByRole('button', { name: 'Resume 5 experiments' }).click();
    await expect(ui.dialog).toHaveAccessibleName('Resumed 5 of 5 experiments');
    await expect(ui.list(/^Resumed/).getByRole('listitem')).toHaveCount(5);
    expect(await statuses(request, batch)).toEqual(Array(7).fill('running'));
    // The rows show it without a reload.
    await expect(page.locator('tbody [data-status="running"]')).toHaveCount(7);

    await ui.dialog.getByRole('button', { name: 'Undo' }).click();
    await expect(ui.dialog).toHaveAccessibleName('Undo: Paused 5 of 5 experiments');
    expect(await statuses(request, batch)).toEqual([
      ...Array(5).fill('paused'),
      'running',
      'running',
    ]);
    await expect(ui.dialog.getByRole('button', { name: 'Undo' })).toBeHidden();
    await ui.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(ui.dialog).toBeHidden();
    await expect(page.locator('tbody [data-status="paused"]')).toHaveCount(5);
  });

  test('a bulk end records one conclusion on each; one that changed meanwhile is reported on its row', async ({
    page,
    request,
  }) => {
    const label = `Bulk end ${Date.now().toString(36)}`;
    const batch = await createBatch(request, label, 4);
    const [first, second, third, fourth] = batch as [ApiExperiment, ...ApiExperiment[]];
    const ui = bulkUi(page);
    await page.goto(`/experiments?search=${encodeURIComponent(label)}`);
    await expect(page.getByRole('link', { name: new RegExp(label) })).toHaveCount(4);

    // The rows are newest first. Shift-click selects the range; `x` toggles the row holding the focus.
    await ui.select(fourth!.name).check();
    await ui.select(second!.name).click({ modifiers: ['Shift'] });
    await expect(ui.bar).toContainText('3 selected');
    await page.getByRole('link', { name: first.name }).focus();
    await page.keyboard.press('x');
    await expect(ui.bar).toContainText('4 selected');
    await expect(ui.select(first.name)).toBeChecked();

    await ui.action('End').click();
    await expect(ui.dialog).toHaveAccessibleName('End 4 experiments?');
    await ui.dialog.getByRole('button', { name: 'End 4 experiments' }).click();
    // A conclusion is required before anything is sent.
    await expect(ui.dialog.getByText('Choose a conclusion.')).toBeVisible();
    await ui.dialog.getByRole('radio', { name: /Won/ }).check();
    await ui.dialog.getByRole('textbox', { name: 'Comment' }).fill('Shipped the winners together.');

    // Someone else ends the third one while the dialog is open: PostHog will refuse it.
    await apiAction(request, third!.id, 'end');
    await ui.dialog.getByRole('button', { name: 'End 4 experiments' }).click();
    await expect(ui.dialog).toHaveAccessibleName('Ended 3 of 4 experiments');
    const failed = ui.list(/^Failed/).getByRole('listitem');
    await expect(failed).toHaveCount(1);
    await expect(failed).toContainText(third!.name);
    await expect(failed).toContainText('Experiment has already ended.');
    // Ending has no inverse: no Undo.
    await expect(ui.dialog.getByRole('button', { name: 'Undo' })).toBeHidden();
    await ui.dialog.getByRole('button', { name: 'Close' }).click();

    for (const experiment of [first, second!, fourth!]) {
      expect(await fromApi(request, experiment.id)).toMatchObject({
        status: 'stopped',
        conclusion: 'won',
        conclusion_comment: 'Shipped the winners together.',
      });
    }
    expect((await fromApi(request, third!.id)).conclusion).toBeNull();

    // Each one's History says who ended it, as one at a time would.
    const experiment = experimentPage(page);
    for (const ended of [first, fourth!]) {
      await experiment.goto(ended.id, '?tab=history');
      await expect(
        experiment.history
          .getByRole('listitem')
          .filter({ hasText: 'Alex Rivera ended the experiment' }),
      ).toHaveCount(1);
      await expect(experiment.conclusionCard).toContainText('Shipped the winners together.');
    }
  });

  test('selects all matching across pages, keeps the selection while paging, and confirms nothing that would do nothing', async ({
    page,
    request,
  }) => {
    const label = `Bulk all ${Date.now().toString(36)}`;
    const drafts: ApiExperiment[] = [];
    for (let i = 0; i < 11; i++) drafts.push(await createExperiment(request, label));
    const ui = bulkUi(page);
    await page.goto(`/experiments?search=${encodeURIComponent(label)}&page_size=10`);
    await expect(page.getByRole('link', { name: new RegExp(label) })).toHaveCount(10);
    await ui.selectPage.check();
    await expect(ui.bar).toContainText('10 selected');
    await ui.bar.getByRole('button', { name: 'Select all 11 matching' }).click();
    await expect(ui.bar).toContainText('11 selected');
    await page.getByRole('button', { name: 'Go to next page' }).click();
    await expect(page.getByRole('link', { name: new RegExp(label) })).toHaveCount(1);
    await expect(ui.select(drafts[0]!.name)).toBeChecked();

    await ui.action('Archive').click();
    await expect(ui.dialog).toHaveAccessibleName('Nothing to archive');
    await expect(ui.list(/^Skipped/).getByRole('listitem')).toHaveCount(11);
    await expect(ui.list(/^Skipped/)).toContainText(
      'Experiment must be ended before it can be archived.',
    );
    await expect(ui.dialog.getByRole('button', { name: 'Archive' })).toBeDisabled();
    await ui.dialog.getByRole('button', { name: 'Cancel' }).click();

    // Another search is another selection.
    await page.getByRole('searchbox', { name: /Search by name/ }).fill('something else');
    await expect(ui.bar).toBeHidden();
  });

  test('a bulk delete skips live flags, remembers the rest under Recently deleted, and Undo restores them', async ({
    page,
    request,
  }) => {
    const label = `Bulk delete ${Date.now().toString(36)}`;
    const live = await createExperiment(request, label, ['launch']);
    const drafts = [await createExperiment(request, label), await createExperiment(request, label)];
    const ui = bulkUi(page);
    await page.goto(`/experiments?search=${encodeURIComponent(label)}`);
    await expect(page.getByRole('link', { name: new RegExp(label) })).toHaveCount(3);
    await ui.selectPage.check();
    await ui.action('Delete').click();
    await expect(ui.dialog).toHaveAccessibleName('Delete 2 experiments?');
    await expect(ui.list(/^Skipped/)).toContainText(live.name);
    await expect(ui.list(/^Skipped/)).toContainText('Its feature flag is on and serving users.');
    await ui.dialog.getByRole('button', { name: 'Delete 2 experiments' }).click();
    await expect(ui.dialog).toHaveAccessibleName('Deleted 2 of 2 experiments');
    for (const d of drafts)
      expect((await request.get(`/api/projects/@current/experiments/${d.id}/`)).status()).toBe(404);

    await ui.dialog.getByRole('button', { name: 'Undo' }).click();
    await expect(ui.dialog).toHaveAccessibleName('Undo: Restored 2 of 2 experiments');
    for (const d of drafts) expect((await fromApi(request, d.id)).status).toBe('draft');
    await ui.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('link', { name: new RegExp(label) })).toHaveCount(3);

    // Deleted again and closed: Recently deleted lists both, as it does a single delete.
    await ui.selectPage.check();
    await ui.action('Delete').click();
    await ui.dialog.getByRole('button', { name: 'Delete 2 experiments' }).click();
    await expect(ui.dialog).toHaveAccessibleName('Deleted 2 of 2 experiments');
    await ui.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('link', { name: new RegExp(label) })).toHaveCount(1);
    await page.goto('/experiments/deleted');
    const list = page.getByRole('list', { name: 'Recently deleted experiments' });
    for (const d of drafts) await expect(list).toContainText(d.name);
  });
});
