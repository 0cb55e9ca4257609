import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { spawnServer, type SpawnedServer } from './support/spawn-server';
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

test.describe('the command palette among 10,000 experiments', () => {
  // A server of its own, seeded by `npm run seed -- --experiments 10000`, reusing the dist the main e2e
  // server built.
  const port = Number(process.env.E2E_PORT ?? 4455) + 120;
  const distDir = resolve(import.meta.dirname, `.output/dist-${process.env.E2E_PORT ?? 4455}`);
  let server: SpawnedServer;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    server = await spawnServer({ port, env: { DIST_DIR: distDir }, seedExperiments: 10_000 });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('finds a draft by part of its name as it is typed, opens it and launches it', async ({
    page,
    request,
  }) => {
    const api = `${server.url}/api/projects/@current/experiments/`;
    const list = await (await request.get(`${api}?status=draft&limit=20&offset=1500`)).json();
    expect(list.count).toBeGreaterThan(2000);
    // A four-digit number (not 1000) is in no other name: "#1234" is not the start of "#12345".
    const draft = (list.results as { id: number; name: string }[]).find((e) => {
      const n = Number(/#(\d+)$/.exec(e.name)?.[1]);
      return n > 1000 && n < 10_000;
    })!;
    // "Checkout: Shorter form (EU) #7342" → "shorter form (eu) #7342": the middle of the name, lower case.
    const part = draft.name.slice(draft.name.indexOf(':') + 2).toLowerCase();

    await page.goto(`${server.url}/experiments`);
    await expect(page.getByRole('heading', { level: 1, name: 'Experiments' })).toBeVisible();
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    const box = palette.getByRole('combobox', { name: 'Search experiments, views and actions' });
    await page.keyboard.press('ControlOrMeta+k');
    await box.pressSequentially(part, { delay: 20 });
    const option = palette.getByRole('option', { name: new RegExp(escapeRegExp(draft.name)) });
    await expect(option).toBeVisible();
    await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${server.url}/experiments/${draft.id}`);

    const ui = experimentPage(page);
    await expect(ui.heading).toHaveText(draft.name);
    await page.keyboard.press('ControlOrMeta+k');
    await box.fill('launch');
    await page.keyboard.press('Enter');
    await ui.dialog('Launch experiment').getByRole('button', { name: 'Launch' }).click();
    await expect(ui.status).toHaveText('Running');
    expect((await (await request.get(`${api}${draft.id}/`)).json()).status).toBe('running');
  });
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
