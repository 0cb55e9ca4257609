import { expect, test, type Locator, type Page } from '@playwright/test';

// A keyboard-only journey: create an experiment, launch it, end it with a conclusion. No click, no
// mouse: focus moves with Tab only, controls are used with Enter, Space and typing, as someone who cannot
// use a pointer would. Each step checks that the control it reached has the focus before using it.

/** Presses Tab until `target` has the focus (fails if it never gets it). */
async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await target
      .evaluateAll((elements) => elements.some((element) => element === document.activeElement))
      .catch(() => false);
    if (focused) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('create, launch and end an experiment with the keyboard alone', async ({ page, request }) => {
  const name = `Keyboard journey ${Date.now()}`;

  await test.step('create it in the editor', async () => {
    await page.goto('/experiments/new');
    const nameField = page.getByRole('textbox', { name: /^Name\s*\*?$/ });
    await expect(nameField).toBeVisible();
    await tabTo(page, nameField);
    await page.keyboard.type(name);
    await tabTo(page, page.getByRole('button', { name: 'Create experiment' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/experiments\/\d+(\/edit)?$/);
  });

  await test.step('open its page', async () => {
    if (/\/edit$/.test(page.url())) {
      await tabTo(page, page.getByRole('link', { name: /experiment page|back to experiment/i }));
      await page.keyboard.press('Enter');
    }
    await expect(page).toHaveURL(/\/experiments\/\d+$/);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  });
  const id = Number(/\/experiments\/(\d+)$/.exec(page.url())?.[1]);

  await test.step('launch it', async () => {
    await tabTo(page, page.getByRole('button', { name: /^Launch/ }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await tabTo(page, dialog.getByRole('button', { name: /^Launch/ }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Running', { exact: true }).first()).toBeVisible();
  });

  await test.step('end it as won, with a comment', async () => {
    await tabTo(page, page.getByRole('button', { name: /^End/ }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const won = dialog.getByRole('radio', { name: /^Won/ });
    await tabTo(page, won);
    await page.keyboard.press('Space');
    await expect(won).toBeChecked();
    await tabTo(page, dialog.getByRole('textbox', { name: /comment/i }));
    await page.keyboard.type('Clear winner, typed without a mouse.');
    await tabTo(page, dialog.getByRole('button', { name: /^End/ }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Stopped', { exact: true }).first()).toBeVisible();
  });

  await test.step('the server holds what was done', async () => {
    const res = await request.get(`/api/projects/@current/experiments/${id}/`);
    expect(res.status()).toBe(200);
    const experiment = await res.json();
    expect(experiment).toMatchObject({
      name,
      status: 'stopped',
      conclusion: 'won',
      conclusion_comment: 'Clear winner, typed without a mouse.',
    });
    expect(experiment.start_date).not.toBeNull();
    expect(experiment.end_date).not.toBeNull();
  });
});
