import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createExperiment, experimentPage, fromApi } from './pages/experiment-page';

test.describe('the command palette', () => {
  test('finds an experiment by part of its name, opens it, and launches it, from the keyboard alone', async ({
    page,
    request,
  }) => {
    const draft = await createExperiment(request, 'Palette launch');
    const ui = experimentPage(page);
    await page.goto('/experiments');
    await expect(page.getByRole('heading', { level: 1, name: 'Experiments' })).toBeVisible();

    const palette = page.getByRole('dialog', { name: 'Command palette' });
    const box = palette.getByRole('combobox', { name: 'Search experiments, views and actions' });
    await page.keyboard.press('ControlOrMeta+k');
    await expect(box).toBeFocused();
    await expectNoSeriousA11yViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSeriousA11yViolations(page);

    // Part of the name, as typed: the server's name search answers.
    const part = draft.name.slice(draft.name.indexOf('Palette launch'), draft.name.length - 2);
    await box.pressSequentially(part.toLowerCase(), { delay: 20 });
    const option = palette.getByRole('option', { name: new RegExp(draft.name) });
    await expect(option).toBeVisible();
    await expect(option).toContainText('Draft');
    // The first option is the active one; Enter opens it.
    await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page).toHaveURL(`/experiments/${draft.id}`);
    await expect(ui.heading).toHaveText(draft.name);

    // On the experiment's page the palette offers its actions, with the page's reasons for the others.
    await page.keyboard.press('ControlOrMeta+k');
    await expect(palette.getByRole('option', { name: /^Pause Cannot pause/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await box.fill('launch');
    await expect(palette.getByRole('option', { name: 'Launch' })).toBeVisible();
    await page.keyboard.press('Enter');
    const dialog = ui.dialog('Launch experiment');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Launch' }).click();
    await expect(ui.status).toHaveText('Running');
    expect((await fromApi(request, draft.id)).status).toBe('running');

    // Recently visited come first while nothing is typed.
    await page.keyboard.press('ControlOrMeta+k');
    await expect(palette.getByRole('group', { name: 'Recently visited' })).toContainText(
      draft.name,
    );
    await page.keyboard.press('Escape');
    await expect(palette).toBeHidden();
  });
});
