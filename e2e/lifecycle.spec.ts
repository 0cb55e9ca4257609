import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import {
  apiAction,
  createExperiment,
  EXPERIMENTS_API,
  experimentPage,
  fromApi,
  listIds,
} from './pages/experiment-page';

const VIEWER_ONLY = 'You have view-only access to this experiment. Ask an editor to change it.';

/** axe on the open dialog only, so each dialog is checked on its own. */
const checkDialog = (page: Page) => expectNoSeriousA11yViolations(page, '[role="dialog"]');

test.describe('experiment lifecycle', () => {
  test('a PM runs an experiment from draft to a recorded conclusion, and beyond', async ({
    page,
    request,
  }) => {
    // The whole journey in one test: it takes most of the default minute on a busy two-core machine.
    test.slow();
    const created = await createExperiment(request, 'Lifecycle journey');
    const ui = experimentPage(page);
    await ui.goto(created.id);
    await expect(ui.heading).toHaveText(created.name);
    await expect(ui.status).toHaveText('Draft');

    await test.step('a draft shows every refused action with its reason', async () => {
      await ui.openMenu();
      for (const [item, reason] of [
        ['Ship a variant…', 'Experiment has not been launched yet.'],
        ['Reset to draft…', 'Experiment is already in draft state.'],
        ['Archive', 'Experiment must be ended before it can be archived.'],
      ] as const) {
        await expect(ui.menuItem(item)).toBeDisabled();
        await expect(ui.menuItem(item)).toHaveAccessibleDescription(reason);
        await expect(ui.menuItem(item)).toContainText(reason);
      }
      await expect(ui.menuItem('Duplicate…')).toBeEnabled();
      await expectNoSeriousA11yViolations(page);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toBeHidden();
    });

    await test.step('launch, after the pre-launch checklist', async () => {
      await ui.action('Launch').click();
      const dialog = ui.dialog('Launch experiment');
      await expect(dialog).toBeVisible();
      await expect(dialog.getByText('The flag splits users between 2 variants')).toBeVisible();
      await expect(dialog.getByText('No primary metric is set')).toBeVisible();
      await expect(dialog.getByText('control 50 % · test 50 %')).toBeVisible();
      await checkDialog(page);
      await dialog.getByRole('button', { name: 'Launch' }).click();
      await expect(dialog).toBeHidden();
      await expect(ui.status).toHaveText('Running');
      expect((await fromApi(request, created.id)).status).toBe('running');
    });

    await test.step('pause: the badge says Paused and the flag is off', async () => {
      await ui.action('Pause').click();
      const dialog = ui.dialog('Pause experiment');
      await expect(dialog).toContainText('no exposures are collected');
      await checkDialog(page);
      await dialog.getByRole('button', { name: 'Pause' }).click();
      await expect(ui.status).toHaveText('Paused');
      await expect(ui.notice('Paused: the feature flag is off.')).toBeVisible();
      await expect
        .poll(async () => (await fromApi(request, created.id)).feature_flag.active)
        .toBe(false);
      expect((await fromApi(request, created.id)).status).toBe('paused');
    });

    await test.step('the dashboard agrees without a reload', async () => {
      await page.getByRole('link', { name: 'All experiments' }).click();
      const row = page.getByRole('row').filter({ hasText: created.name });
      await expect(row).toContainText('Paused');
      await page.goBack();
      await expect(ui.status).toHaveText('Paused');
    });

    await test.step('resume: the flag is on again', async () => {
      await ui.action('Resume').click();
      const dialog = ui.dialog('Resume experiment');
      await checkDialog(page);
      await dialog.getByRole('button', { name: 'Resume' }).click();
      await expect(ui.status).toHaveText('Running');
      await expect
        .poll(async () => (await fromApi(request, created.id)).feature_flag.active)
        .toBe(true);
    });

    await test.step('a metric added after launch shows in the goalposts guard', async () => {
      const patched = await request.patch(`${EXPERIMENTS_API}${created.id}/`, {
        data: {
          metrics: [
            {
              kind: 'ExperimentMetric',
              metric_type: 'mean',
              name: 'Revenue per user',
              source: { kind: 'EventsNode', event: 'purchase_completed' },
            },
          ],
        },
      });
      expect(patched.ok()).toBe(true);
      await ui.action('End experiment').click();
      const dialog = ui.dialog('End experiment');
      const changes = dialog.getByRole('list', { name: 'Changes since launch' });
      await expect(changes).toContainText('Primary metric added: Revenue per user');
      await checkDialog(page);

      // Nothing chosen yet: every problem shows at once, and nothing is sent.
      await dialog.getByRole('button', { name: 'End experiment' }).click();
      await expect(dialog.getByText('Choose a conclusion.')).toBeVisible();
      await expect(
        dialog.getByText('Confirm that you have reviewed the changes made since launch.'),
      ).toBeVisible();
      expect((await fromApi(request, created.id)).end_date).toBeNull();
    });

    await test.step('end as won with a comment', async () => {
      const dialog = ui.dialog('End experiment');
      await dialog.getByRole('radio', { name: /Won/ }).check();
      const comment = 'Revenue per user +4 %.\nShipping next week.';
      await dialog.getByRole('textbox', { name: 'Comment' }).fill(comment);
      await expect(dialog.getByText(`${comment.length} / 4,000 characters`)).toBeVisible();
      await dialog.getByRole('checkbox', { name: 'I have reviewed these changes' }).check();
      await checkDialog(page);
      await dialog.getByRole('button', { name: 'End experiment' }).click();
      await expect(dialog).toBeHidden();
      await expect(ui.status).toHaveText('Stopped');

      const api = await fromApi(request, created.id);
      expect(api).toMatchObject({ status: 'stopped', conclusion: 'won' });
      expect(api.end_date).not.toBeNull();
      expect(api.conclusion_comment).toBe('Revenue per user +4 %.\nShipping next week.');
      await expect(ui.conclusionCard).toContainText('Won');
      await expect(ui.conclusionCard).toContainText('Revenue per user +4 %.');
      await expect(ui.conclusionCard).toContainText(/Ended by Alex Rivera on/);
    });

    await test.step('edit the conclusion later', async () => {
      await ui.action('Edit conclusion').click();
      const dialog = ui.dialog('Edit conclusion');
      await expect(dialog.getByRole('radio', { name: /Won/ })).toBeChecked();
      await checkDialog(page);
      await dialog.getByRole('radio', { name: /Inconclusive/ }).check();
      await dialog
        .getByRole('textbox', { name: 'Comment' })
        .fill('Re-analysed: the lift was noise.');
      await dialog.getByRole('button', { name: 'Save conclusion' }).click();
      await expect(dialog).toBeHidden();
      await expect(ui.conclusionCard).toContainText('Inconclusive');
      await expect(ui.conclusionCard).toContainText('Conclusion last edited by Alex Rivera');
      expect(await fromApi(request, created.id)).toMatchObject({
        conclusion: 'inconclusive',
        conclusion_comment: 'Re-analysed: the lift was noise.',
      });
    });

    await test.step('archive, then unarchive', async () => {
      await ui.action('Archive').click();
      await expect(ui.archivedMarker).toBeVisible();
      await expect(ui.notice('Archived')).toBeVisible();
      await expect.poll(() => listIds(request, 'archived=true&limit=500')).toContain(created.id);

      await ui.action('Unarchive').click();
      await expect(ui.archivedMarker).toBeHidden();
      await expect
        .poll(() => listIds(request, 'archived=true&limit=500'))
        .not.toContain(created.id);
      expect(await listIds(request, `search=${encodeURIComponent(created.name)}`)).toEqual([
        created.id,
      ]);
    });

    await test.step('the history shows every write with its before and after', async () => {
      await ui.tab('History').click();
      await expect(page).toHaveURL(`/experiments/${created.id}?tab=history`);
      const entries = ui.history.getByRole('listitem');
      for (const verb of ['paused', 'resumed', 'launched', 'ended', 'archived', 'unarchived']) {
        await expect(entries.filter({ hasText: `Alex Rivera ${verb} the experiment` })).toHaveCount(
          1,
        );
      }
      const paused = entries.filter({ hasText: 'paused the experiment' });
      await expect(paused.getByRole('row', { name: /Feature flag/ })).toContainText(/On\s*Off/);
      await expectNoSeriousA11yViolations(page);
      await ui.tab('Overview').click();
    });

    await test.step('duplicate opens the copy', async () => {
      await ui.openMenu();
      await ui.menuItem('Duplicate…').click();
      const dialog = ui.dialog('Duplicate experiment');
      await expect(dialog.getByRole('textbox', { name: 'Name of the copy' })).toHaveValue(
        `${created.name} (Copy)`,
      );
      await checkDialog(page);
      await dialog.getByRole('button', { name: 'Duplicate' }).click();
      await expect(ui.heading).toHaveText(`${created.name} (Copy)`);
      await expect(page).not.toHaveURL(`/experiments/${created.id}`);
      await expect(ui.status).toHaveText('Draft');
      await expect(ui.notice(/Created the copy/)).toBeVisible();
      const copyId = Number(new URL(page.url()).pathname.split('/').pop());
      expect((await fromApi(request, copyId)).feature_flag_key).toBe(
        `${created.feature_flag_key}-copy`,
      );
    });
  });

  test('ship a variant, reset to draft, delete and undo', async ({ page, request }) => {
    const created = await createExperiment(request, 'Ship and reset', ['launch']);
    const ui = experimentPage(page);
    await ui.goto(created.id);
    await expect(ui.status).toHaveText('Running');

    await test.step('ship a variant: the flag serves it to 100 % and the experiment ends', async () => {
      await ui.openMenu();
      await ui.menuItem('Ship a variant…').click();
      const dialog = ui.dialog('Ship a variant');
      await expect(dialog).toContainText('shipping also ends it');
      await dialog.getByRole('radio', { name: 'test' }).check();
      await checkDialog(page);
      await dialog.getByRole('button', { name: 'Ship test' }).click();
      await expect(dialog).toBeHidden();
      await expect(ui.status).toHaveText('Stopped');
      await expect(ui.conclusionCard).toContainText('Shipped variant: test');
      const api = await fromApi(request, created.id);
      expect(api.status).toBe('stopped');
      expect(api.feature_flag.filters.multivariate.variants).toEqual([
        expect.objectContaining({ key: 'control', rollout_percentage: 0 }),
        expect.objectContaining({ key: 'test', rollout_percentage: 100 }),
      ]);
    });

    await test.step('reset says what it clears and leaves the flag as it is', async () => {
      await ui.openMenu();
      await ui.menuItem('Reset to draft…').click();
      const dialog = ui.dialog('Reset to draft');
      await expect(dialog).toContainText('clears the start and end dates and the conclusion');
      await expect(dialog).toContainText('is left as it is: it stays on');
      await checkDialog(page);
      await dialog.getByRole('button', { name: 'Reset to draft' }).click();
      await expect(ui.status).toHaveText('Draft');
      const api = await fromApi(request, created.id);
      expect(api).toMatchObject({ start_date: null, end_date: null, conclusion: null });
      expect(api.feature_flag.active).toBe(true);
    });

    await test.step('delete, then undo restores it', async () => {
      await ui.openMenu();
      await ui.menuItem('Delete…').click();
      await ui
        .dialog(`Delete “${created.name}”?`)
        .getByRole('button', { name: 'Delete', exact: true })
        .click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Experiment deleted' }),
      ).toBeVisible();
      const notice = ui.notice(`Deleted “${created.name}”.`);
      await expect(notice).toBeVisible();
      await expect
        .poll(async () => (await request.get(`${EXPERIMENTS_API}${created.id}/`)).status())
        .toBe(404);
      await expectNoSeriousA11yViolations(page);

      await notice.getByRole('button', { name: 'Undo' }).click();
      await expect(ui.heading).toHaveText(created.name);
      await expect(ui.notice(`Restored “${created.name}”.`)).toBeVisible();
      expect((await request.get(`${EXPERIMENTS_API}${created.id}/`)).status()).toBe(200);
    });
  });

  test('a refused quick toggle rolls back and says why', async ({ page, request }) => {
    const created = await createExperiment(request, 'Paused elsewhere', ['launch']);
    const ui = experimentPage(page);
    await ui.goto(created.id);
    await expect(ui.status).toHaveText('Running');
    // Someone else pauses it while this page still shows it running.
    await apiAction(request, created.id, 'pause');

    await ui.action('Pause').click();
    await ui.dialog('Pause experiment').getByRole('button', { name: 'Pause' }).click();
    await expect(
      ui.notice('Could not pause the experiment: Experiment is already paused.'),
    ).toBeVisible();
    await expect(ui.status).toHaveText('Paused');
    await expect(ui.action('Resume')).toBeEnabled();
  });

  test('the dashboard link "?action=conclude" opens the end dialog', async ({ page, request }) => {
    const created = await createExperiment(request, 'Conclude link', ['launch']);
    const ui = experimentPage(page);
    await ui.goto(created.id, '?action=conclude');
    await expect(ui.dialog('End experiment')).toBeVisible();
    await expect(page).toHaveURL(`/experiments/${created.id}`);
    await page.keyboard.press('Escape');
    await expect(ui.dialog('End experiment')).toBeHidden();

    const ended = await createExperiment(request, 'Conclude link ended', ['launch', 'end']);
    await ui.goto(ended.id, '?action=conclude');
    await expect(ui.dialog('Record conclusion')).toBeVisible();
  });

  test('every dialog passes axe in the dark theme', async ({ browser, request }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    const ui = experimentPage(page);
    const open = async (trigger: () => Promise<void>, name: string) => {
      await trigger();
      await expect(ui.dialog(name)).toBeVisible();
      await checkDialog(page);
      await page.keyboard.press('Escape');
      await expect(ui.dialog(name)).toBeHidden();
    };
    const fromMenu = (item: string) => async () => {
      await ui.openMenu();
      await ui.menuItem(item).click();
    };

    const draft = await createExperiment(request, 'Dark draft');
    await ui.goto(draft.id);
    await open(() => ui.action('Launch').click(), 'Launch experiment');
    await open(fromMenu('Duplicate…'), 'Duplicate experiment');

    const running = await createExperiment(request, 'Dark running', ['launch']);
    await request.patch(`${EXPERIMENTS_API}${running.id}/`, {
      data: { exposure_criteria: { filterTestAccounts: false } },
    });
    await ui.goto(running.id);
    await open(() => ui.action('Pause').click(), 'Pause experiment');
    await open(fromMenu('Ship a variant…'), 'Ship a variant');
    await ui.action('End experiment').click();
    const end = ui.dialog('End experiment');
    await expect(end.getByText('Exposure criteria edited')).toBeVisible();
    await end.getByRole('button', { name: 'End experiment' }).click();
    await expect(end.getByText('Choose a conclusion.')).toBeVisible();
    await checkDialog(page); // with its error messages showing
    await page.keyboard.press('Escape');

    const stopped = await createExperiment(request, 'Dark stopped', ['launch', 'end']);
    await ui.goto(stopped.id);
    await open(() => ui.action('Record conclusion').click(), 'Record conclusion');
    await open(fromMenu('Reset to draft…'), 'Reset to draft');
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a viewer sees every action refused with the reason (${colorScheme})`, async ({
      browser,
      request,
    }) => {
      const viewerOnly = (
        (await (await request.get(`${EXPERIMENTS_API}?limit=500&status=stopped`)).json()) as {
          results: { id: number; user_access_level: string }[];
        }
      ).results.find((e) => e.user_access_level === 'viewer');
      expect(viewerOnly, 'the demo seed has a view-only stopped experiment').toBeTruthy();
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const ui = experimentPage(page);
      await ui.goto(viewerOnly!.id);

      for (const name of ['Record conclusion', 'Edit conclusion', 'Archive', 'Turn flag off']) {
        const button = ui.action(name);
        if ((await button.count()) === 0) continue;
        await expect(button).toBeDisabled();
        await expect(button).toHaveAccessibleDescription(VIEWER_ONLY);
      }
      const edit = ui.action('Edit');
      await expect(edit).toBeDisabled();
      // Reachable by keyboard (a native disabled button is not), and the reason shows on focus.
      // The button before Edit: Turn flag off while the ended experiment's flag is on, else Archive.
      const beforeEdit = ui.action('Turn flag off');
      await ((await beforeEdit.count()) ? beforeEdit : ui.action('Archive')).focus();
      await page.keyboard.press('Tab');
      await expect(edit).toBeFocused();
      // The newest tooltip: the previous button's may still be fading out.
      await expect(page.getByRole('tooltip').last()).toHaveText(VIEWER_ONLY);
      await expectNoSeriousA11yViolations(page);

      await ui.openMenu();
      for (const item of ['Duplicate…', 'Ship a variant…', 'Reset to draft…', 'Delete…']) {
        await expect(ui.menuItem(item)).toBeDisabled();
        await expect(ui.menuItem(item)).toHaveAccessibleDescription(VIEWER_ONLY);
      }
      await expectNoSeriousA11yViolations(page);
      await context.close();
    });
  }
});
