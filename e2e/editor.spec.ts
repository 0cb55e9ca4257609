import { expect, test } from '@playwright/test';
import {
  API,
  createExperiment,
  editorPage,
  readExperiment,
  slug,
  unique,
} from './pages/editor-page';
import { expectNoSeriousA11yViolations } from './support/axe';

test.describe('the experiment editor', () => {
  test('creates an experiment with three variants and one metric of each type', async ({
    page,
    request,
  }) => {
    const editor = editorPage(page);
    const name = unique('Checkout CTA');
    await test.step('fill in the basics and the split', async () => {
      await editor.gotoNew();
      await editor.name.fill(name);
      await expect(editor.flagKey).toHaveValue(slug(name).replace(/-$/, ''));
      await page.getByRole('button', { name: 'Add variant' }).click();
      await expect(editor.variantKey(3)).toHaveValue('test-2');
      await expect(editor.variantSplit(1)).toHaveValue('34');
    });
    await test.step('a mean and a funnel metric as primary', async () => {
      const dialog = await editor.openMetricDialog('primary');
      await editor.pickEvent(dialog, 'Measure: event or action', 'purchase_completed');
      await editor.confirmMetric();
      await editor.openMetricDialog('primary');
      await editor.chooseMetricType('Funnel');
      await editor.pickEvent(dialog, 'Step 1: event or action', 'checkout_started');
      await dialog.getByRole('button', { name: 'Add step' }).click();
      await editor.pickEvent(dialog, 'Step 2: event or action', 'purchase_completed');
      await editor.confirmMetric();
      await expect(editor.metricList('primary').getByRole('listitem')).toHaveText([
        /Mean total count of purchase_completed, goal: increase/,
        /Funnel: exposure → checkout_started → purchase_completed, goal: increase/,
      ]);
    });
    await test.step('a ratio and a retention metric as secondary', async () => {
      const dialog = await editor.openMetricDialog('secondary');
      await editor.chooseMetricType('Ratio');
      await editor.pickEvent(dialog, 'Numerator: event or action', '$pageview');
      await editor.chooseMenuOption(dialog, 'Numerator: aggregation', /Unique users/);
      await editor.pickEvent(dialog, 'Denominator: event or action', '$pageview');
      await editor.confirmMetric();
      await editor.openMetricDialog('secondary');
      await editor.chooseMetricType('Retention');
      await editor.pickEvent(dialog, 'Start: event or action', 'signup_completed');
      await editor.pickEvent(dialog, 'Completion: event or action', '$pageview');
      await editor.confirmMetric();
    });
    const id = await test.step('create, landing on the new experiment’s page', async () => {
      await editor.saveButton.click();
      await expect(page).toHaveURL(/\/experiments\/\d+$/);
      await expect(page.getByText('Experiment created. Launch it when it is ready.')).toBeVisible();
      return Number(/experiments\/(\d+)/.exec(page.url())?.[1]);
    });
    await test.step('read it back from the API', async () => {
      const saved = await readExperiment(request, id);
      const variants = (
        saved.parameters as { feature_flag_variants: { key: string; split_percent: number }[] }
      ).feature_flag_variants;
      expect(variants.map((v) => [v.key, v.split_percent])).toEqual([
        ['control', 34],
        ['test', 33],
        ['test-2', 33],
      ]);
      const metrics = saved.metrics as { metric_type: string; uuid: string }[];
      const secondary = saved.metrics_secondary as { metric_type: string; uuid: string }[];
      expect(metrics.map((m) => m.metric_type)).toEqual(['mean', 'funnel']);
      expect(secondary.map((m) => m.metric_type)).toEqual(['ratio', 'retention']);
      expect(saved.primary_metrics_ordered_uuids).toEqual(metrics.map((m) => m.uuid));
      expect(secondary[0]).toMatchObject({
        numerator: { event: '$pageview', math: 'dau' },
        denominator: { event: '$pageview', math: 'total' },
      });
      expect(saved).toMatchObject({ name, status: 'draft', feature_flag: { active: false } });
    });
  });

  test('a metric and the exposure can use a PostHog action instead of an event', async ({
    page,
    request,
  }) => {
    const actions = (await (
      await request.get(`${API}/actions/?search=${encodeURIComponent('Visited pricing page')}`)
    ).json()) as { results: { id: number; name: string }[] };
    const pricing = actions.results.find((a) => a.name === 'Visited pricing page');
    expect(pricing, 'the demo seed has this action').toBeDefined();
    const experiment = await createExperiment(request);
    const editor = editorPage(page);
    await editor.gotoEdit(experiment.id);
    await test.step('pick the action in the metric dialog', async () => {
      const dialog = await editor.openMetricDialog('primary');
      await editor.pickAction(
        dialog,
        'Measure: event or action',
        'pricing',
        'Visited pricing page',
      );
      await expect(dialog.getByRole('combobox', { name: 'Measure: event or action' })).toHaveValue(
        'Visited pricing page',
      );
      await editor.confirmMetric();
      await expect(editor.metricList('primary').getByRole('listitem')).toHaveText([
        /Mean total count of action Visited pricing page, goal: increase/,
      ]);
    });
    await test.step('save, and PostHog gets an ActionsNode with the action id', async () => {
      await editor.saveButton.click();
      await expect(page.getByText('Changes saved.')).toBeVisible();
      const saved = await readExperiment(request, experiment.id);
      const [metric] = saved.metrics as { source: Record<string, unknown> }[];
      expect(metric?.source).toMatchObject({
        kind: 'ActionsNode',
        id: pricing!.id,
        name: 'Visited pricing page',
      });
      expect(metric?.source).not.toHaveProperty('event');
    });
    await test.step('count exposure by the action, and PostHog gets it as an ActionsNode', async () => {
      await editor.customExposure.check();
      await editor.pickAction(
        page.getByRole('main'),
        'Exposure event or action',
        'pricing',
        'Visited pricing page',
      );
      await expect(editor.exposurePicker).toHaveValue('Visited pricing page');
      const patch = page.waitForRequest(
        (r) => r.method() === 'PATCH' && r.url().endsWith(`/experiments/${experiment.id}/`),
      );
      await editor.saveButton.click();
      // Only the exposure changed since the last save: nothing else is sent.
      expect(Object.keys((await patch).postDataJSON() as object)).toEqual(['exposure_criteria']);
      await expect(page.getByText('Changes saved.')).toBeVisible();
      const saved = await readExperiment(request, experiment.id);
      const exposure = saved.exposure_criteria as { exposure_config: Record<string, unknown> };
      expect(exposure.exposure_config).toMatchObject({
        kind: 'ActionsNode',
        id: pricing!.id,
        name: 'Visited pricing page',
      });
      expect(exposure.exposure_config).not.toHaveProperty('event');
    });
    await test.step('the editor shows the action after a reload', async () => {
      await editor.gotoEdit(experiment.id);
      await expect(editor.customExposure).toBeChecked();
      await expect(editor.exposurePicker).toHaveValue('Visited pricing page');
      await expect(editor.exposurePicker).toHaveAccessibleDescription(
        `PostHog action #${pricing!.id}: every event that matches one of its steps counts.`,
      );
      await expect(editor.saveButton).toBeDisabled();
    });
  });

  test('an edit of the description sends only the description', async ({ page, request }) => {
    const experiment = await createExperiment(request);
    const editor = editorPage(page);
    await editor.gotoEdit(experiment.id);
    await editor.description.fill('Bigger buttons sell more.');
    const patch = page.waitForRequest(
      (r) => r.method() === 'PATCH' && r.url().endsWith(`/experiments/${experiment.id}/`),
    );
    await editor.saveButton.click();
    expect((await patch).postDataJSON()).toEqual({ description: 'Bigger buttons sell more.' });
    await expect(page.getByText('Changes saved.')).toBeVisible();
    expect((await readExperiment(request, experiment.id)).description).toBe(
      'Bigger buttons sell more.',
    );
  });

  test('a server validation error lands on its field', async ({ page, request }) => {
    const holdout = (await (
      await request.post(`${API}/experiment_holdouts/`, {
        data: {
          name: unique('Doomed holdout'),
          filters: [{ properties: [], rollout_percentage: 10 }],
        },
      })
    ).json()) as { id: number; name: string };
    const experiment = await createExperiment(request);
    const editor = editorPage(page);
    await editor.gotoEdit(experiment.id);
    await editor.holdout.click();
    await page.getByRole('option', { name: new RegExp(holdout.name) }).click();
    // Someone deletes the holdout while this form is open: only the server can know.
    expect((await request.delete(`${API}/experiment_holdouts/${holdout.id}/`)).status()).toBe(204);
    await editor.saveButton.click();
    await expect(editor.holdout).toHaveAccessibleDescription(/object does not exist/);
    await expect(editor.holdout).toHaveAttribute('aria-invalid', 'true');
    await expect(editor.holdout).toBeFocused();
  });

  test('reloading with unsaved changes offers to restore them', async ({ page, request }) => {
    const experiment = await createExperiment(request);
    const editor = editorPage(page);
    await editor.gotoEdit(experiment.id);
    await editor.name.fill('Renamed before a reload');
    page.on('dialog', (dialog) => void dialog.accept()); // the browser's "leave site?" prompt
    await page.reload();
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect(editor.name).toHaveValue('Renamed before a reload');
    const patch = page.waitForRequest((r) => r.method() === 'PATCH');
    await editor.saveButton.click();
    expect((await patch).postDataJSON()).toEqual({ name: 'Renamed before a reload' });
  });

  test('browser Back with unsaved changes asks first: Keep editing stays, Leave goes back', async ({
    page,
    request,
  }) => {
    const experiment = await createExperiment(request);
    const editor = editorPage(page);
    const leaveDialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await page.goto(`/experiments/${experiment.id}`);
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await editor.name.fill('Renamed, not saved');

    await page.goBack();
    await expect(leaveDialog).toBeVisible();
    await leaveDialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(leaveDialog).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/experiments/${experiment.id}/edit$`));
    await expect(editor.name).toHaveValue('Renamed, not saved');

    await page.goBack();
    await leaveDialog.getByRole('button', { name: 'Leave' }).click();
    await expect(page).toHaveURL(new RegExp(`/experiments/${experiment.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: experiment.name })).toBeVisible();
  });

  test('a change made elsewhere opens the conflict dialog, field by field', async ({
    page,
    request,
  }) => {
    const experiment = await createExperiment(request);
    const editor = editorPage(page);
    await editor.gotoEdit(experiment.id);
    await editor.name.fill('Name from the form');
    await editor.description.fill('Description from the form');
    await request.patch(`${API}/experiments/${experiment.id}/`, {
      data: { name: 'Name from the API' },
    });

    await editor.saveButton.click();
    const dialog = page.getByRole('dialog', {
      name: 'This experiment changed while you were editing',
    });
    const nameChoice = dialog.getByRole('radiogroup', { name: 'Name' });
    await expect(
      nameChoice.getByRole('radio', { name: 'Keep mine: Name from the form' }),
    ).toBeChecked();
    await expect(
      nameChoice.getByRole('radio', { name: 'Take theirs: Name from the API' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, '[role="dialog"]');
    await nameChoice.getByRole('radio', { name: /Take theirs/ }).check();
    const patch = page.waitForRequest((r) => r.method() === 'PATCH');
    await dialog.getByRole('button', { name: 'Save with these choices' }).click();
    expect((await patch).postDataJSON()).toEqual({ description: 'Description from the form' });
    await expect(editor.name).toHaveValue('Name from the API');
    const saved = await readExperiment(request, experiment.id);
    expect(saved).toMatchObject({
      name: 'Name from the API',
      description: 'Description from the form',
    });
  });

  test('a viewer sees a read-only form and why', async ({ page, request }) => {
    const list = (await (await request.get(`${API}/experiments/?limit=100`)).json()) as {
      results: { id: number; user_access_level: string }[];
    };
    const viewed = list.results.find((e) => e.user_access_level === 'viewer');
    expect(viewed, 'the demo seed has experiments shared with view-only access').toBeDefined();
    const editor = editorPage(page);
    await editor.gotoEdit(viewed!.id);
    await expect(page.getByText(/You have view-only access to this experiment/)).toBeVisible();
    await expect(editor.name).not.toBeEditable();
    await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no serious accessibility violations in the ${colorScheme} theme, dialogs included`, async ({
      browser,
      request,
    }) => {
      const experiment = await createExperiment(request, {
        metrics: [
          {
            kind: 'ExperimentMetric',
            metric_type: 'mean',
            source: { kind: 'EventsNode', event: '$pageview' },
          },
        ],
      });
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const editor = editorPage(page);
      await editor.gotoNew();
      await expectNoSeriousA11yViolations(page);
      await editor.openMetricDialog('primary');
      await editor.chooseMetricType('Funnel');
      await expectNoSeriousA11yViolations(page, '[role="dialog"]');
      // The event picker's list, events and actions under their headings.
      await editor.metricDialog.getByRole('combobox', { name: 'Step 1: event or action' }).click();
      await expect(
        page.getByRole('option', { name: /Visited pricing page.*Action$/ }),
      ).toBeVisible();
      await expectNoSeriousA11yViolations(page, '[role="listbox"]');
      await page.keyboard.press('Escape'); // closes the list
      // Escape on a changed metric asks first, so nothing typed is lost by accident.
      await page.keyboard.press('Escape');
      await editor.metricDialog.getByRole('button', { name: 'Discard' }).click();
      await expect(editor.metricDialog).toBeHidden();

      await editor.gotoEdit(experiment.id);
      await expectNoSeriousA11yViolations(page);
      await editor.name.fill('Unsaved change');
      await page.getByRole('link', { name: 'Back to experiment' }).click();
      await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible();
      await expectNoSeriousA11yViolations(page, '[role="dialog"]');
      await context.close();
    });
  }
});
