import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import {
  createExperiment,
  EXPERIMENTS_API,
  experimentPage,
  fromApi,
  type ApiExperiment,
} from './pages/experiment-page';

const DESCRIPTION = `**Hypothesis:** a *visible* progress bar raises basket size.

| Variant | Shows |
|:--|:--|
| \`control\` | Nothing |
| \`progress-bar\` | A bar up to free shipping |

\`\`\`js
posthog.getFeatureFlag('checkout')
\`\`\`

> Decided with ~~finance~~ the growth team
- see [the brief](https://example.com/brief)
- <b>not bold</b> [bad](javascript:alert(1))`;

const COMMENT = '**Clear win** on _revenue_: see [the readout](https://example.com/readout).';

const noSidewaysScroll = () => document.documentElement.scrollWidth <= innerWidth;

/** Screenshots for a person to look at, light and dark (they are not compared). */
async function shoot(page: Page, name: string, fullPage = true) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `e2e/.output/screens/e-${name}-${scheme}.png`, fullPage });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('Markdown and lifecycle dialogs', () => {
  test('descriptions and conclusion comments render through one Markdown renderer', async ({
    page,
    request,
  }) => {
    const created = await createExperiment(request, 'Markdown render', ['launch']);
    expect(
      (
        await request.patch(`${EXPERIMENTS_API}${created.id}/`, {
          data: { description: DESCRIPTION },
        })
      ).ok(),
    ).toBe(true);
    const ended = await request.post(`${EXPERIMENTS_API}${created.id}/end/`, {
      data: { conclusion: 'won', conclusion_comment: COMMENT },
    });
    expect(ended.ok(), await ended.text()).toBe(true);

    const ui = experimentPage(page);
    await ui.goto(created.id);
    const card = ui.conclusionCard;
    await expect(card.locator('strong', { hasText: 'Clear win' })).toBeVisible();
    await expect(card.locator('em', { hasText: 'revenue' })).toBeVisible();
    await expect(card.getByRole('link', { name: 'the readout' })).toHaveAttribute(
      'href',
      'https://example.com/readout',
    );
    await expect(card).not.toContainText('**');

    await ui.tab('Overview').click();
    const main = page.getByRole('main');
    await expect(main.getByRole('table').filter({ hasText: 'progress-bar' })).toBeVisible();
    await expect(main.locator('em', { hasText: 'visible' })).toBeVisible();
    await expect(main.locator('pre code')).toHaveText("posthog.getFeatureFlag('checkout')");
    await expect(main.locator('blockquote del')).toHaveText('finance');
    const brief = main.getByRole('link', { name: 'the brief' });
    await expect(brief).toHaveAttribute('href', 'https://example.com/brief');
    await expect(brief).toHaveAttribute('target', '_blank');
    await expect(brief).toHaveAttribute('rel', 'noopener noreferrer');
    // Raw HTML and unsafe links stay visible as text, never as markup.
    await expect(main.getByText('<b>not bold</b> [bad](javascript:alert(1))')).toBeVisible();
    await expect(main.locator('a[href^="javascript"]')).toHaveCount(0);

    await expectNoSeriousA11yViolations(page);
    await shoot(page, 'markdown-1440');

    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => page.evaluate(noSidewaysScroll)).toBe(true);
    await shoot(page, 'markdown-360');
  });

  test('Esc, Cancel or a click outside the End dialog asks before throwing away a comment', async ({
    page,
    request,
  }) => {
    const created = await createExperiment(request, 'Discard guard', ['launch']);
    const ui = experimentPage(page);
    await ui.goto(created.id);
    await ui.action('End experiment').click();
    const dialog = ui.dialog('End experiment');
    const comment = dialog.getByRole('textbox', { name: 'Comment' });
    await comment.fill('Half a thought about revenue');

    await page.keyboard.press('Escape');
    const confirm = ui.dialog('Discard your changes?');
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('button', { name: 'Keep editing' })).toBeFocused();
    await expectNoSeriousA11yViolations(page, '[role="dialog"]');
    await shoot(page, 'discard-confirm', false);
    // A second Esc is the safe answer: back to the dialog, the comment kept.
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(comment).toHaveValue('Half a thought about revenue');

    // A click on the backdrop asks too.
    await page.mouse.click(5, 5);
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    await expect(comment).toHaveValue('Half a thought about revenue');

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await confirm.getByRole('button', { name: 'Discard' }).click();
    await expect(dialog).toBeHidden();
    expect((await fromApi(request, created.id)).status).toBe('running');

    // Nothing typed: Esc closes at once.
    await ui.action('End experiment').click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(confirm).toBeHidden();
  });

  test('the launch checklist states what is true and links each warning to its fix', async ({
    page,
    request,
  }) => {
    const created = await createExperiment(request, 'Checklist words');
    const ui = experimentPage(page);
    await ui.goto(created.id);
    await ui.action('Launch').click();
    const dialog = ui.dialog('Launch experiment');
    const blockers = dialog.getByRole('region', { name: 'Must be fixed before launch' });
    await expect(blockers).toContainText(`Feature flag ${created.feature_flag_key} is ready`);
    await expect(blockers.locator('code', { hasText: created.feature_flag_key })).toBeVisible();
    await expect(blockers).toContainText('control is the baseline the others are compared with');
    const warnings = dialog.getByRole('region', { name: 'Worth fixing first' });
    await expect(warnings).toContainText('No primary metric is set');
    await expect(warnings).not.toContainText(': no');
    await expectNoSeriousA11yViolations(page, '[role="dialog"]');
    await shoot(page, 'launch-checklist', false);
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => page.evaluate(noSidewaysScroll)).toBe(true);
    await shoot(page, 'launch-checklist-360', false);

    await warnings.getByRole('link', { name: 'Add a primary metric' }).click();
    await expect(page).toHaveURL(`/experiments/${created.id}/edit#metrics`);
    // The link lands on the section that fixes it, not at the top of the long form.
    const metrics = page.getByRole('region', { name: 'Metrics', exact: true });
    await expect(metrics).toBeFocused();
    await expect(metrics).toBeInViewport();
  });

  test('typing an existing flag key in Duplicate says the copy will share that flag', async ({
    page,
    request,
  }) => {
    const original = await createExperiment(request, 'Duplicate source');
    const other = await createExperiment(request, 'Owns the flag', ['launch']);
    const ui = experimentPage(page);
    await ui.goto(original.id);
    await ui.openMenu();
    await ui.menuItem('Duplicate…').click();
    const dialog = ui.dialog('Duplicate experiment');
    const key = dialog.getByRole('textbox', { name: 'New flag key' });
    await key.fill(other.feature_flag_key);

    const warning = dialog
      .getByRole('alert')
      .filter({ hasText: 'A flag with this key already exists' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(`The copy will share ${other.feature_flag_key}`);
    await expect(warning).toContainText('Serving now: control 50 % · test 50 %');
    await expect(warning).toContainText('1 other experiment uses it');
    await expectNoSeriousA11yViolations(page, '[role="dialog"]');
    await shoot(page, 'duplicate-existing-key', false);
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => page.evaluate(noSidewaysScroll)).toBe(true);
    await shoot(page, 'duplicate-existing-key-360', false);

    // A key of its own: the warning goes, and the button is plain Duplicate again.
    await key.fill(`${other.feature_flag_key}-own`);
    await expect(warning).toBeHidden();
    await expect(dialog.getByRole('button', { name: 'Duplicate', exact: true })).toBeVisible();

    await key.fill(other.feature_flag_key);
    await dialog.getByRole('button', { name: 'Duplicate on the shared flag' }).click();
    await expect(page).not.toHaveURL(`/experiments/${original.id}`);
    const copyId = Number(new URL(page.url()).pathname.split('/').pop());
    const copy: ApiExperiment = await fromApi(request, copyId);
    expect(copy.feature_flag_key).toBe(other.feature_flag_key);
  });
});
