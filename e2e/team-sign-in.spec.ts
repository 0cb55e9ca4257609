import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { editorPage } from './pages/editor-page';
import { EXPERIMENTS_API, experimentPage } from './pages/experiment-page';
import { spawnServer, type NewUser, type SpawnedServer } from './support/spawn-server';

/**
 * A console for a team (AUTH=personal-key): each person signs in with their own personal API key, and
 * everything they do is theirs. Against the embedded server, and through PostHog mode (a console in front
 * of a key-protected embedded server acting as PostHog), with two people of different roles.
 */
const PRIYA: NewUser = { email: 'priya@example.com', name: 'Priya Natarajan', role: 'member' };
const VIC: NewUser = { email: 'vic@example.com', name: 'Vic Viewer', role: 'viewer' };
const SAM: NewUser = { email: 'sam@example.com', name: 'Sam Leaving', role: 'member' };
const ROOT = resolve(import.meta.dirname, '..');
const VIEWER_ONLY = 'You have view-only access to this experiment. Ask an editor to change it.';
const SECRET = 'e2e-session-secret-that-is-long-enough-to-use';
const port = Number(process.env.E2E_PORT ?? 4455) + 140;
const distDir = resolve(import.meta.dirname, `.output/dist-${process.env.E2E_PORT ?? 4455}`);
const signInEnv = { AUTH: 'personal-key', SESSION_SECRET: SECRET, DIST_DIR: distDir };

async function signIn(
  page: Page,
  key: string,
  reason: string | RegExp = 'Sign in to use the console.',
) {
  const dialog = page.getByRole('dialog', { name: 'Sign in' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(reason);
  await dialog.getByLabel('Personal API key').fill(key);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toBeHidden();
}

/** No key in plain text in any file of a server's data folder (databases, WAL), nor in what it printed. */
function expectNoKeyAtRest(server: SpawnedServer, keys: Record<string, string>) {
  const output = server.output();
  expect(output).toMatch(/Signed in from 127\.0\.0\.1/);
  for (const key of Object.values(keys)) {
    const secret = key.slice(4);
    expect(output).not.toContain(secret);
    for (const file of readdirSync(server.dataDir)) {
      const bytes = readFileSync(join(server.dataDir, file));
      expect(bytes.includes(Buffer.from(secret)), `${file} holds a key`).toBe(false);
    }
  }
}

/** Who made an experiment's latest change, by the API server's own activity log (read with a member's key). */
async function latestAuthor(api: SpawnedServer, id: number): Promise<string | undefined> {
  const res = await fetch(`${api.url}/api/projects/1/experiments/${id}/activity/?limit=1`, {
    headers: { authorization: `Bearer ${api.keys[PRIYA.email]}` },
  });
  const body = (await res.json()) as { results: { user?: { email?: string } }[] };
  return body.results[0]?.user?.email;
}

/** Every kind of API path the console calls: a signed-out cookie gets 401 on each. */
const API_PATHS: [method: string, path: string][] = [
  ['GET', '/api/console/config'],
  ['GET', '/api/users/@me/'],
  ['GET', EXPERIMENTS_API],
  ['GET', `${EXPERIMENTS_API}1/`],
  ['PATCH', `${EXPERIMENTS_API}1/`],
  ['POST', `${EXPERIMENTS_API}1/archive/`],
  ['DELETE', `${EXPERIMENTS_API}1/`],
  ['GET', '/api/projects/@current/feature_flags/'],
  ['GET', '/api/projects/@current/activity_log/'],
  ['POST', '/api/environments/@current/query/'],
];

/**
 * The journey both modes share. `upstreamActor` asks the API behind the console who made an experiment's
 * latest change, with the server's own records (proving whose key reached it).
 */
async function teamJourney(
  browser: Browser,
  url: string,
  keys: Record<string, string>,
  upstreamActor: (id: number) => Promise<string | undefined>,
) {
  const member = await browser.newContext({ baseURL: url });
  const page = await member.newPage();
  // Every answer the browser gets (pages, assets, API): searched for the keys at the end.
  const seen: Promise<string>[] = [];
  member.on('response', (response) =>
    seen.push(
      response
        .text()
        .catch(() => '')
        .then((text) => `${response.url()}\n${JSON.stringify(response.headers())}\n${text}`),
    ),
  );
  const ui = experimentPage(page);
  let id = 0;

  await test.step('the member signs in: the sign-in screen covers the page until then', async () => {
    await page.goto('/experiments');
    await expect(page.getByRole('dialog', { name: 'Sign in' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await signIn(page, keys[PRIYA.email]!);
    await expect(page.getByRole('button', { name: `Signed in as ${PRIYA.name}` })).toBeVisible();
    const cookie = (await member.cookies()).find((c) => c.name === 'ec_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.value).not.toContain(keys[PRIYA.email]!.slice(4));
  });

  await test.step('the member ends an experiment with a conclusion; the page and History say so', async () => {
    const created = await page.request.post(EXPERIMENTS_API, {
      headers: { origin: url },
      data: { name: 'Team checkout test', feature_flag_key: `team-checkout-${Date.now()}` },
    });
    expect(created.status()).toBe(201);
    id = (await created.json()).id;
    expect(
      (
        await page.request.post(`${EXPERIMENTS_API}${id}/launch/`, { headers: { origin: url } })
      ).ok(),
    ).toBe(true);
    await ui.goto(id);
    await ui.action('End experiment').click();
    const dialog = ui.dialog('End experiment');
    await dialog.getByRole('radio', { name: /Won/ }).check();
    await dialog.getByRole('textbox', { name: 'Comment' }).fill('Priya’s call: ship it.');
    await dialog.getByRole('button', { name: 'End experiment' }).click();
    await expect(dialog).toBeHidden();
    await expect(ui.conclusionCard).toContainText(`Ended by ${PRIYA.name} on`);
    await ui.tab('History').click();
    await expect(
      ui.history.getByRole('listitem').filter({ hasText: `${PRIYA.name} ended the experiment` }),
    ).toHaveCount(1);
    expect(await upstreamActor(id)).toBe(PRIYA.email);
  });

  await test.step('sign out: the screen says so, and the old cookie gets 401 on every API path', async () => {
    const old = (await member.cookies()).find((c) => c.name === 'ec_session')!.value;
    await page.getByRole('button', { name: `Signed in as ${PRIYA.name}` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page.getByRole('dialog', { name: 'Sign in' }).getByRole('status')).toHaveText(
      'You signed out.',
    );
    // The page under the screen was reloaded: nothing the member saw is left for the next person.
    await expect(page.getByText('Team checkout test')).toHaveCount(0);
    for (const [method, path] of API_PATHS) {
      const res = await page.request.fetch(path, {
        method,
        headers: { cookie: `ec_session=${old}`, origin: url },
        data: method === 'GET' || method === 'DELETE' ? undefined : {},
      });
      expect(res.status(), `${method} ${path}`).toBe(401);
    }
  });
  const answers = await Promise.all(seen);
  expect(answers.length).toBeGreaterThan(20);
  for (const answer of answers) {
    for (const key of Object.values(keys)) expect(answer).not.toContain(key.slice(4));
  }
  await member.close();

  const viewer = await browser.newContext({ baseURL: url, colorScheme: 'dark' });
  const viewerPage = await viewer.newPage();
  const viewerUi = experimentPage(viewerPage);
  await test.step('the viewer signs in and sees read-only pages', async () => {
    await viewerUi.goto(id);
    await signIn(viewerPage, keys[VIC.email]!);
    await expect(viewerUi.heading).toHaveText('Team checkout test');
    const editConclusion = viewerUi.action('Edit conclusion');
    await expect(editConclusion).toBeDisabled();
    await expect(editConclusion).toHaveAccessibleDescription(VIEWER_ONLY);
    await expectNoSeriousA11yViolations(viewerPage);
    const editor = editorPage(viewerPage);
    await editor.gotoEdit(id);
    await expect(
      viewerPage.getByText(/You have view-only access to this experiment/),
    ).toBeVisible();
    await expect(editor.name).not.toBeEditable();
  });

  await test.step('a hand-made write with the viewer’s session gets 403 and changes nothing', async () => {
    const before = await (await viewerPage.request.get(`${EXPERIMENTS_API}${id}/`)).json();
    const res = await viewerPage.request.patch(`${EXPERIMENTS_API}${id}/`, {
      headers: { origin: url },
      data: { name: 'Renamed by the viewer', conclusion: 'lost' },
    });
    expect(res.status()).toBe(403);
    expect((await res.json()).code).toBe('permission_denied');
    const after = await (await viewerPage.request.get(`${EXPERIMENTS_API}${id}/`)).json();
    expect(after).toEqual(before);
  });
  await viewer.close();
}

test.describe('the embedded server with AUTH=personal-key', () => {
  let server: SpawnedServer;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await spawnServer({ port, env: signInEnv, users: [PRIYA, VIC, SAM] });
  });
  test.afterAll(() => server?.stop());

  test('revoking a person’s keys ends their session with a message that says so', async ({
    browser,
  }) => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto('/experiments');
    await signIn(page, server.keys[SAM.email]!);
    await expect(page.getByRole('button', { name: `Signed in as ${SAM.name}` })).toBeVisible();
    // The real command, against the running server's database.
    const printed = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli/users.ts', 'revoke', '--email', SAM.email],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATA_DIR: server.dataDir } },
    );
    expect(printed).toContain(`Revoked 1 key of ${SAM.email}.`);
    await page.getByRole('tab', { name: /^Running/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in' });
    await expect(dialog.getByRole('status')).toHaveText(/no longer accepted/);
    // The revoked key cannot sign in again.
    await dialog.getByLabel('Personal API key').fill(server.keys[SAM.email]!);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect(dialog.getByText(/This server does not know that key/)).toBeVisible();
    await context.close();
  });

  test('a member and a viewer each sign in as themselves', async ({ browser }) => {
    test.setTimeout(120_000);
    await teamJourney(browser, server.url, server.keys, (id) => latestAuthor(server, id));
    expectNoKeyAtRest(server, server.keys);
  });
});

test.describe('PostHog mode with AUTH=personal-key', () => {
  let posthog: SpawnedServer;
  let consoleServer: SpawnedServer;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    // "PostHog": an embedded server that requires each person's own key, as PostHog does.
    posthog = await spawnServer({ port: port + 1, env: signInEnv, users: [PRIYA, VIC] });
    consoleServer = await spawnServer({
      port: port + 2,
      env: { ...signInEnv, POSTHOG_HOST: posthog.url, SESSION_SECRET: `${SECRET}-console` },
    });
  });
  test.afterAll(async () => {
    await consoleServer?.stop();
    await posthog?.stop();
  });

  test('each person’s own key is what reaches PostHog', async ({ browser }) => {
    test.setTimeout(120_000);
    // PostHog's own activity log: the author is whoever's key came in.
    await teamJourney(browser, consoleServer.url, posthog.keys, (id) => latestAuthor(posthog, id));
    // The console's sessions file holds the keys sealed, never as they are.
    expectNoKeyAtRest(consoleServer, posthog.keys);
  });
});

test.describe('a session that expires mid-work', () => {
  let server: SpawnedServer;
  // Idle limit 7.2 s, so a test can wait it out.
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await spawnServer({
      port: port + 3,
      env: { ...signInEnv, SESSION_IDLE_HOURS: '0.002' },
      users: [PRIYA],
    });
  });
  test.afterAll(() => server?.stop());

  test('sends the person to sign in and back to the same URL with the unsaved form intact', async ({
    browser,
  }) => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto('/experiments/new');
    await signIn(page, server.keys[PRIYA.email]!);
    const created = await page.request.post(EXPERIMENTS_API, {
      headers: { origin: server.url },
      data: { name: 'Draft to rename', feature_flag_key: `draft-to-rename-${Date.now()}` },
    });
    const { id } = (await created.json()) as { id: number };
    const editor = editorPage(page);
    await editor.gotoEdit(id);
    await editor.name.fill('Renamed before the session ran out');
    await editor.description.fill('Typed while the session was still alive.');
    // Nothing is asked of the server meanwhile: the session passes its idle limit.
    await page.waitForTimeout(8_000);
    await editor.saveButton.click();

    await signIn(page, server.keys[PRIYA.email]!, /Your session expired/);
    await expect(page).toHaveURL(`/experiments/${id}/edit`);
    await expect(editor.name).toHaveValue('Renamed before the session ran out');
    await expect(editor.description).toHaveValue('Typed while the session was still alive.');
    await editor.saveButton.click();
    await expect(page.getByText('No unsaved changes')).toBeVisible();
    const saved = await (await page.request.get(`${EXPERIMENTS_API}${id}/`)).json();
    expect(saved).toMatchObject({
      name: 'Renamed before the session ran out',
      description: 'Typed while the session was still alive.',
    });
    await context.close();
  });
});
