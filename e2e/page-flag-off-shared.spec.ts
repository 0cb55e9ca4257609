import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createExperiment, EXPERIMENTS_API, experimentPage } from './pages/experiment-page';

const FLAGS_API = '/api/projects/@current/feature_flags/';

interface Made {
  id: number;
  name: string;
  feature_flag_key: string;
  feature_flag: { id: number; active: boolean };
}

async function flagActive(request: APIRequestContext, flagId: number): Promise<boolean> {
  const response = await request.get(`${FLAGS_API}${flagId}/`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { active: boolean }).active;
}

async function screenshots(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `e2e/.output/screens/page-flag-off-${name}-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('the experiment page refuses to turn off a flag a running experiment shares, naming it', async ({
  page,
  request,
}) => {
  const ended = (await createExperiment(request, 'E2E page shared ended', [
    'launch',
    'end',
  ])) as unknown as Made;
  const created = await request.post(EXPERIMENTS_API, {
    data: {
      name: `E2E page rerun on ${ended.feature_flag_key}`,
      feature_flag_key: ended.feature_flag_key,
      parameters: {
        feature_flag_variants: [
          { key: 'control', split_percent: 50 },
          { key: 'test', split_percent: 50 },
        ],
      },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const rerun = (await created.json()) as Made;
  const launched = await request.post(`${EXPERIMENTS_API}${rerun.id}/launch/`, { data: {} });
  expect(launched.ok(), await launched.text()).toBe(true);

  const ui = experimentPage(page);
  await ui.goto(ended.id);
  await ui.action('Turn flag off').click();
  const dialog = ui.dialog('Turn flag off');
  await expect(dialog).toContainText(
    `The flag ${ended.feature_flag_key} cannot be turned off from here: it also runs “${rerun.name}”, and turning it off would pause that experiment.`,
  );
  await expect(dialog.getByRole('link', { name: rerun.name })).toHaveAttribute(
    'href',
    `/experiments/${rerun.id}`,
  );
  await expect(dialog.getByRole('button', { name: 'Turn flag off' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, '[role="dialog"]');
  await screenshots(page, 'refused');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await flagActive(request, ended.feature_flag.id)).toBe(true);
});
