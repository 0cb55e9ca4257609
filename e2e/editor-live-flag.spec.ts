import { expect, test, type Page } from '@playwright/test';
import { API, editorPage, readExperiment, unique } from './pages/editor-page';
import { createExperimentViaApi } from './support/experiments-api';
import { expectNoSeriousA11yViolations } from './support/axe';

interface Created {
  id: number;
  name: string;
  feature_flag_key: string;
  feature_flag: { id: number };
}

type Flag = {
  active: boolean;
  filters: { multivariate: { variants: { key: string; rollout_percentage: number }[] } };
};

async function flagSplit(page: Page, flagId: number) {
  const flag = (await (await page.request.get(`${API}/feature_flags/${flagId}/`)).json()) as Flag;
  return flag.filters.multivariate.variants.map((v) => [v.key, v.rollout_percentage]);
}

const SHOTS = process.env.E2E_SHOTS_DIR;

test.describe('a draft cannot silently change a live flag', () => {
  test('a draft on the live flag of an ended experiment asks first, naming who is served', async ({
    page,
    request,
  }) => {
    const editor = editorPage(page);
    // An ended experiment whose flag still serves 50/50, and a re-run draft that reuses its flag.
    const owner = await createExperimentViaApi<Created>(request, 'Live flag owner', [
      'launch',
      'end',
    ]);
    const response = await request.post(`${API}/experiments/`, {
      data: { name: unique('Re-run on a live flag'), feature_flag_key: owner.feature_flag_key },
    });
    expect(response.status()).toBe(201);
    const draft = (await response.json()) as Created;
    expect(draft.feature_flag.id).toBe(owner.feature_flag.id);

    const patches: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PATCH') patches.push(r.url());
    });
    const dialog = page.getByRole('dialog', {
      name: 'Saving this draft changes a live feature flag',
    });

    await test.step('changing the split and saving asks, naming the flag, its users and the change', async () => {
      await editor.gotoEdit(draft.id);
      await editor.variantSplit(1).fill('80');
      await editor.variantSplit(1).blur();
      await expect(editor.variantSplit(2)).toHaveValue('20');
      await editor.saveButton.click();
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText(
        `The feature flag ${owner.feature_flag_key} is on and serves the users of “${owner.name}” (stopped): control 50 % · test 50 % of all users.`,
      );
      await expect(dialog).toContainText(
        'the flag will serve control 80 % · test 20 % of all users from the moment you save',
      );
      await expect(dialog.getByRole('link', { name: owner.name })).toHaveAttribute(
        'href',
        `/experiments/${owner.id}`,
      );
      await expectNoSeriousA11yViolations(page, '[role="dialog"]');
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/live-flag-dialog-light.png` });
    });

    await test.step('Back to editing sends nothing; the flag keeps serving 50/50', async () => {
      await dialog.getByRole('button', { name: 'Back to editing' }).click();
      await expect(dialog).toBeHidden();
      expect(patches).toEqual([]);
      expect(await flagSplit(page, owner.feature_flag.id)).toEqual([
        ['control', 50],
        ['test', 50],
      ]);
      await expect(editor.variantSplit(1)).toHaveValue('80');
    });

    await test.step('confirming saves the draft and rewrites the flag', async () => {
      await editor.saveButton.click();
      await dialog.getByRole('button', { name: 'Save and change the flag' }).click();
      await expect(page.getByText('Changes saved.')).toBeVisible();
      expect(await flagSplit(page, owner.feature_flag.id)).toEqual([
        ['control', 80],
        ['test', 20],
      ]);
    });

    await test.step('dark theme and a phone', async () => {
      if (!SHOTS) return;
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.setViewportSize({ width: 360, height: 740 });
      await editor.gotoEdit(draft.id);
      await editor.variantSplit(1).fill('60');
      await editor.variantSplit(1).blur();
      await editor.saveButton.click();
      await expect(dialog).toBeVisible();
      await expectNoSeriousA11yViolations(page, '[role="dialog"]');
      await page.screenshot({ path: `${SHOTS}/live-flag-dialog-dark-360.png` });
      await dialog.getByRole('button', { name: 'Back to editing' }).click();
    });
  });

  test('a draft whose own flag is off and unshared saves without a question', async ({
    page,
    request,
  }) => {
    const editor = editorPage(page);
    const draft = await createExperimentViaApi<Created>(request, 'Own flag draft');
    await editor.gotoEdit(draft.id);
    await editor.variantSplit(1).fill('70');
    await editor.variantSplit(1).blur();
    await editor.saveButton.click();
    await expect(page.getByText('Changes saved.')).toBeVisible();
    await expect(page.getByRole('dialog')).toBeHidden();
    expect(await flagSplit(page, draft.feature_flag.id)).toEqual([
      ['control', 70],
      ['test', 30],
    ]);
  });
});

test.describe('metric filters', () => {
  test('are read in the metric sentence and edited in the metric dialog', async ({
    page,
    request,
  }) => {
    const editor = editorPage(page);
    const funnel = {
      kind: 'ExperimentMetric',
      metric_type: 'funnel',
      uuid: '7f0a3c1e-5b2d-4e8f-9a6b-1c2d3e4f5a6b',
      series: [
        {
          kind: 'EventsNode',
          event: '$pageview',
          name: '$pageview',
          properties: [
            { key: '$current_url', value: '/home', operator: 'icontains', type: 'event' },
          ],
        },
        { kind: 'EventsNode', event: 'signup_started', name: 'signup_started' },
      ],
    };
    const response = await request.post(`${API}/experiments/`, {
      data: {
        name: unique('Filtered funnel'),
        feature_flag_key: `filtered-${Date.now().toString(36)}`,
        metrics: [funnel],
        allow_unknown_events: true,
      },
    });
    expect(response.status()).toBe(201);
    const experiment = (await response.json()) as Created;
    const metric = editor.metricList('primary').getByRole('listitem').first();

    await test.step('the sentence names the filter', async () => {
      await editor.gotoEdit(experiment.id);
      await expect(metric).toContainText(
        'Funnel: exposure → $pageview where $current_url contains /home → signup_started',
      );
    });

    await test.step('the dialog edits it: operator, value, and a new filter', async () => {
      await metric.getByRole('button', { name: 'Edit metric 1' }).click();
      const dialog = editor.metricDialog;
      await expect(dialog.getByRole('textbox', { name: 'Step 1: filter 1 property' })).toHaveValue(
        '$current_url',
      );
      await dialog.getByRole('textbox', { name: 'Step 1: filter 1 value' }).fill('/pricing');
      await editor.chooseMenuOption(dialog, 'Step 1: filter 1 operator', 'equals');
      await dialog.getByRole('button', { name: 'Add a step 2 filter' }).click();
      await dialog.getByRole('textbox', { name: 'Step 2: filter 1 property' }).fill('plan');
      await editor.chooseMenuOption(dialog, 'Step 2: filter 1 operator', 'is set');
      await expectNoSeriousA11yViolations(page, '[role="dialog"]');
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/metric-filters-dialog.png` });
      await editor.confirmMetric();
      await expect(metric).toContainText(
        '$pageview where $current_url equals /pricing → signup_started where plan is set',
      );
    });

    await test.step('dark theme, on a phone', async () => {
      if (!SHOTS) return;
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.setViewportSize({ width: 360, height: 740 });
      await metric.getByRole('button', { name: 'Edit metric 1' }).click();
      await editor.metricDialog
        .getByRole('textbox', { name: 'Step 1: filter 1 value' })
        .scrollIntoViewIfNeeded();
      await expectNoSeriousA11yViolations(page, '[role="dialog"]');
      await page.screenshot({ path: `${SHOTS}/metric-filters-dialog-dark-360.png` });
      await editor.metricDialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(editor.metricDialog).toBeHidden();
      await page.setViewportSize({ width: 1280, height: 720 });
      await metric.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/metric-filters-list-dark.png`, fullPage: false });
    });

    await test.step('saved as PostHog filters, the untouched keys kept', async () => {
      await editor.saveButton.click();
      await expect(page.getByText('Changes saved.')).toBeVisible();
      const saved = await readExperiment(request, experiment.id);
      const [stored] = saved.metrics as { uuid: string; series: { properties?: unknown[] }[] }[];
      expect(stored?.uuid).toBe(funnel.uuid);
      expect(stored?.series.map((s) => s.properties)).toEqual([
        [{ key: '$current_url', value: '/pricing', operator: 'exact', type: 'event' }],
        [{ key: 'plan', value: 'is_set', operator: 'is_set', type: 'event' }],
      ]);
    });
  });
});

test('after Create the person lands on the experiment page, with Launch and its checklist', async ({
  page,
}) => {
  const editor = editorPage(page);
  const name = unique('Lands on its page');
  await editor.gotoNew();
  await editor.name.fill(name);
  await editor.saveButton.click();
  await expect(page).toHaveURL(/\/experiments\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Experiment created. Launch it when it is ready.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Launch/ }).first()).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/after-create.png` });
});
