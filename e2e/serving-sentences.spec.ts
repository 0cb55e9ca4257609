import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import {
  apiAction,
  createExperiment,
  EXPERIMENTS_API,
  experimentPage,
} from './pages/experiment-page';

/**
 * Every sentence about what an experiment's flag serves reads the same inputs: the header line, the
 * Variants table, the editor's facts and the flag switch dialog say the same thing, with the date from the
 * activity log (served in PostHog's own activity page shape).
 */
const servingLine = (page: Page) => page.getByTestId('serving-now');

const shot = async (page: Page, name: string) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `/tmp/fixer3-${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
};

test.describe('serving sentences agree', () => {
  test('a paused experiment: header, Variants table and editor facts say "Paused since"', async ({
    page,
    request,
  }) => {
    const created = await createExperiment(request, 'Paused sentences', ['launch']);
    await apiAction(request, created.id, 'pause');
    const activity = await request.get(`${EXPERIMENTS_API}${created.id}/activity/?limit=1`);
    expect(Object.keys(await activity.json())).toEqual([
      'results',
      'next',
      'previous',
      'total_count',
    ]);

    const ui = experimentPage(page);
    await ui.goto(created.id, '?tab=overview');
    const paused = /Paused since \w{3} \d{1,2}: everyone gets the default/;
    await expect(servingLine(page)).toContainText(paused);
    const sentence = (await servingLine(page).innerText()).match(paused)![0];

    const variants = page.getByRole('table', { name: 'Variants' });
    await expect(variants.getByRole('columnheader', { name: 'Share when on' })).toBeVisible();
    await expect(
      page.getByText(`${sentence}. The shares apply once the flag is on.`),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'paused-overview');

    await page.goto(`/experiments/${created.id}/edit`);
    const facts = page.getByRole('complementary', { name: 'About this experiment' });
    await expect(facts).toContainText(sentence);
    await shot(page, 'paused-editor');
  });

  test('an ended experiment with its flag off: the Turn flag on dialog says "now" as the header does', async ({
    page,
    request,
  }) => {
    const created = await createExperiment(request, 'Ended flag off sentences', ['launch', 'end']);
    const flagId = (
      (await (await request.get(`${EXPERIMENTS_API}${created.id}/`)).json()) as {
        feature_flag: { id: number };
      }
    ).feature_flag.id;
    const off = await request.patch(`/api/projects/@current/feature_flags/${flagId}/`, {
      data: { active: false },
    });
    expect(off.ok()).toBe(true);

    const ui = experimentPage(page);
    await ui.goto(created.id, '?tab=overview');
    const flagOff = /Flag off since \w{3} \d{1,2}: everyone gets the default/;
    await expect(servingLine(page)).toContainText(flagOff);
    const sentence = (await servingLine(page).innerText()).match(flagOff)![0];

    await ui.action('Turn flag on').click();
    const dialog = ui.dialog('Turn flag on');
    await expect(dialog).toContainText(`Now: ${sentence}.`);
    await expect(dialog).toContainText('After: control 50 % · test 50 % of all users.');
    await expectNoSeriousA11yViolations(page, '[role="dialog"]');
    await shot(page, 'flag-on-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await ui.tab('History').click();
    await expect(ui.history.getByRole('listitem').first()).toContainText(
      `turned the feature flag ${created.feature_flag_key} off`,
    );
  });
});
