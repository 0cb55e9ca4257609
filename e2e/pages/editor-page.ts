import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

export const API = '/api/projects/@current';
let counter = 0;
/** Unique per run and per call: tests share one database and must not depend on each other. */
export const unique = (label: string) => `${label} ${Date.now().toString(36)}-${(counter += 1)}`;
export const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export async function createExperiment(
  request: APIRequestContext,
  extra: Record<string, unknown> = {},
) {
  const name = unique('E2E editor');
  const response = await request.post(`${API}/experiments/`, {
    data: { name, feature_flag_key: slug(name), description: 'Before', ...extra },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: number; name: string; updated_at: string };
}

export async function readExperiment(request: APIRequestContext, id: number) {
  return (await (await request.get(`${API}/experiments/${id}/`)).json()) as Record<string, unknown>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The experiment editor as a person sees it: fields by label, actions by name. */
export function editorPage(page: Page) {
  const metricDialog = page.getByRole('dialog', {
    name: /^(Add a (primary|secondary) metric|Edit metric)$/,
  });

  /** Types an event name and picks it from the suggestions, as a person would. */
  async function pickEvent(scope: Locator, label: string, event: string) {
    await scope.getByRole('combobox', { name: label }).fill(event);
    await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(event)}`) }).click();
  }

  /** Types part of an action's name and picks the action (marked "Action") from the suggestions. */
  async function pickAction(scope: Locator, label: string, search: string, action: string) {
    await scope.getByRole('combobox', { name: label }).fill(search);
    await page
      .getByRole('option', { name: new RegExp(`^${escapeRegExp(action)}.*Action$`) })
      .click();
  }

  async function chooseMenuOption(scope: Locator, label: string, option: RegExp | string) {
    await scope.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option }).click();
  }

  return {
    page,
    metricDialog,
    name: page.getByRole('textbox', { name: 'Name', exact: true }),
    description: page.getByRole('textbox', { name: 'Description and hypothesis' }),
    flagKey: page.getByRole('textbox', { name: 'Feature flag key' }),
    holdout: page.getByRole('combobox', { name: 'Holdout' }),
    customExposure: page
      .getByRole('radiogroup', { name: 'What counts as exposure' })
      .getByRole('radio', { name: /^A custom event or action/ }),
    exposurePicker: page.getByRole('combobox', { name: 'Exposure event or action' }),
    saveButton: page.getByRole('button', { name: /^(Save changes|Create experiment)$/ }),
    variantSplit: (n: number) => page.getByRole('spinbutton', { name: `Variant ${n} split` }),
    variantKey: (n: number) => page.getByRole('textbox', { name: `Variant ${n} key` }),
    pickEvent,
    pickAction,
    chooseMenuOption,

    async gotoNew() {
      await page.goto('/experiments/new');
      await expect(page.getByRole('heading', { level: 1, name: 'New experiment' })).toBeVisible();
    },
    async gotoEdit(id: number) {
      await page.goto(`/experiments/${id}/edit`);
      await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeVisible();
    },
    async openMetricDialog(kind: 'primary' | 'secondary') {
      await page.getByRole('button', { name: `Add ${kind} metric` }).click();
      await expect(metricDialog).toBeVisible();
      return metricDialog;
    },
    async chooseMetricType(type: 'Mean' | 'Funnel' | 'Ratio' | 'Retention') {
      await metricDialog.getByRole('radio', { name: new RegExp(`^${type}`) }).check();
    },
    async confirmMetric() {
      await metricDialog.getByRole('button', { name: /^(Add metric|Save metric)$/ }).click();
      await expect(metricDialog).toBeHidden();
    },
    metricList: (kind: 'primary' | 'secondary') =>
      page.getByRole('list', {
        name: kind === 'primary' ? 'Primary metrics' : 'Secondary metrics',
      }),
  };
}
