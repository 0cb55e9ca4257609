import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * A dialog, menu or notice still fading in or out has half-transparent text: axe would report contrast that
 * no one sees. Endless animations (skeletons, spinners) never finish, so only finite ones are awaited.
 */
async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  await settleAnimations(page);
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** Fails on serious or critical axe violations, listing them so the report says what to fix. */
export async function expectNoSeriousA11yViolations(page: Page, include?: string): Promise<void> {
  let serious = await seriousViolations(page, include);
  // A transition can start while axe reads the page (a notice timing out and fading away): such a finding
  // is checked once more after the page settles. A real violation is still there the second time.
  if (serious.length > 0) serious = await seriousViolations(page, include);
  expect(serious, serious.join('\n')).toEqual([]);
}
