import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { dashboardPage } from './pages/dashboard-page';

test.describe('saved views', () => {
  test('a saved view comes back from the menu after a reload and in a new tab, and can open first', async ({
    page,
    context,
  }) => {
    const dashboard = dashboardPage(page);
    await dashboard.goto('?status=running&search=checkout');
    await dashboard.settled();

    const views = page.getByRole('button', { name: /^Views?\b/ });
    await views.click();
    await expect(page.getByRole('menuitem', { name: /No saved views yet/ })).toBeVisible();
    await page.getByRole('menuitem', { name: 'Save this view…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save this view' });
    const name = dialog.getByRole('textbox', { name: 'Name' });
    // The offered name says what the view shows; the person's own replaces it.
    await expect(name).toHaveValue('Running · “checkout”');
    await expectNoSeriousA11yViolations(page);
    await name.fill('');
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await expect(dialog.getByText('Give the view a name.')).toBeVisible();
    await name.fill('Live checkout tests');
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await expect(dashboard.snackbar).toContainText('Saved the view “Live checkout tests”.');
    await expect(page.getByRole('button', { name: 'View: Live checkout tests' })).toBeVisible();

    // Back to everything, then the view again from the menu, after a reload.
    await dashboard.goto();
    await page.reload();
    await page.getByRole('button', { name: 'Views' }).click();
    await page.getByRole('menuitem', { name: 'Live checkout tests' }).click();
    await expect(page).toHaveURL('/experiments?status=running&search=checkout');
    await expect(dashboard.search).toHaveValue('checkout');

    // Make it the view the dashboard opens with; a new tab (same browser) has it too.
    await page.getByRole('button', { name: 'View: Live checkout tests' }).click();
    await page.getByRole('menuitem', { name: 'Open the dashboard with this view' }).click();
    const tab = await context.newPage();
    const other = dashboardPage(tab);
    await other.goto();
    await expect(tab).toHaveURL('/experiments?status=running&search=checkout');
    await expect(tab.getByRole('button', { name: 'View: Live checkout tests' })).toBeVisible();
    // Only on arrival: the All tab then shows everything.
    await other.tab('All').click();
    await expect(tab).toHaveURL('/experiments?search=checkout');

    // Deleting it says so and can be undone.
    await page.getByRole('button', { name: 'View: Live checkout tests' }).click();
    await page.getByRole('menuitem', { name: 'Delete “Live checkout tests”' }).click();
    await expect(page.getByRole('button', { name: 'Views' })).toBeVisible();
    await dashboard.snackbar.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('button', { name: 'View: Live checkout tests' })).toBeVisible();
  });
});
