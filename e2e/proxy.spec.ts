import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { editorPage } from './pages/editor-page';
import { experimentPage } from './pages/experiment-page';
import { resultsPage } from './pages/results-page';
import { spawnServer, type SpawnedServer } from './support/spawn-server';

/**
 * PostHog mode end to end: the console's server as a proxy (the key stays on the server) in front of a
 * second embedded server that, like PostHog, requires a bearer key.
 */
const KEY = 'phx_e2e_secret_key_4f9c2d';
const basePort = Number(process.env.E2E_PORT ?? 4455) + 100;
const distDir = resolve(import.meta.dirname, `.output/dist-${process.env.E2E_PORT ?? 4455}`);

let backend: SpawnedServer;
let proxy: SpawnedServer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // Both reuse the dist the main e2e server just built, so neither rebuilds.
  backend = await spawnServer({
    port: basePort,
    env: { EMBEDDED_API_KEY: KEY, DIST_DIR: distDir },
    authorization: `Bearer ${KEY}`,
  });
  proxy = await spawnServer({
    port: basePort + 1,
    env: { POSTHOG_HOST: backend.url, POSTHOG_PERSONAL_API_KEY: KEY, DIST_DIR: distDir },
  });
});

test.afterAll(async () => {
  await proxy?.stop();
  await backend?.stop();
});

test('the backend refuses requests without the key', async ({ request }) => {
  const res = await request.get(`${backend.url}/api/projects/@current/experiments/`);
  expect(res.status()).toBe(401);
  expect((await res.json()).code).toBe('not_authenticated');
});

test('the UI works through the proxy, and the key never reaches the browser', async ({
  page,
  request,
}) => {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    bodies.push(
      `${response.url()}\n${JSON.stringify(response.headers())}\n${await response.text().catch(() => '')}`,
    );
  });

  await test.step('the top bar names the PostHog backend and its project', async () => {
    await page.goto(`${proxy.url}/experiments`);
    await expect(page.getByText(/PostHog · 127\.0\.0\.1:\d+ · Demo project/)).toBeVisible();
  });

  await test.step('an experiment created through the proxy lands in the backend', async () => {
    const created = await request.post(`${proxy.url}/api/projects/@current/experiments/`, {
      headers: { origin: proxy.url },
      data: { name: 'Proxied checkout test', feature_flag_key: 'proxied-checkout' },
    });
    expect(created.status()).toBe(201);
    const id = (await created.json()).id;
    const direct = await request.get(`${backend.url}/api/projects/1/experiments/${id}/`, {
      headers: { authorization: `Bearer ${KEY}` },
    });
    expect((await direct.json()).name).toBe('Proxied checkout test');
    await page.reload();
    await expect(page.getByRole('link', { name: 'Proxied checkout test' })).toBeVisible();
  });

  await test.step('PostHog errors come back unchanged, field by field', async () => {
    const res = await request.post(`${proxy.url}/api/projects/@current/experiments/`, {
      headers: { origin: proxy.url },
      data: { name: 'x'.repeat(401), feature_flag_key: 'too-long-name' },
    });
    expect(res.status()).toBe(400);
    expect(await res.json()).toEqual({
      type: 'validation_error',
      code: 'max_length',
      detail: 'Ensure this field has no more than 400 characters.',
      attr: 'name',
    });
  });

  await test.step('a path outside the allow-list never reaches the backend', async () => {
    const res = await request.get(
      `${proxy.url}/api/projects/@current/experiments/1/../../../../users/`,
    );
    expect(res.status()).toBe(404);
  });

  await test.step('no response and no built asset contains the key', async () => {
    expect(bodies.length).toBeGreaterThan(3);
    for (const body of bodies) expect(body).not.toContain(KEY);
    for (const file of readdirSync(distDir, { recursive: true }) as string[]) {
      const path = join(distDir, file);
      if (file.endsWith('.js') || file.endsWith('.html') || file.endsWith('.css')) {
        expect(readFileSync(path, 'utf8')).not.toContain(KEY);
      }
    }
  });
});

test('a PM creates, edits, launches and ends an experiment through the proxy', async ({
  page,
  request,
}) => {
  const backendGet = async (id: number) =>
    (await (
      await request.get(`${backend.url}/api/projects/1/experiments/${id}/`, {
        headers: { authorization: `Bearer ${KEY}` },
      })
    ).json()) as Record<string, unknown>;
  const editor = editorPage(page);
  const ui = experimentPage(page);
  const name = `Proxy journey ${Date.now().toString(36)}`;

  const id = await test.step('create in the editor', async () => {
    await page.goto(`${proxy.url}/experiments/new`);
    await editor.name.fill(name);
    await editor.saveButton.click();
    // Create lands on the experiment page; the next steps edit it.
    await expect(page).toHaveURL(/\/experiments\/\d+$/);
    const created = Number(/experiments\/(\d+)/.exec(page.url())?.[1]);
    await page.goto(`${proxy.url}/experiments/${created}/edit`);
    return created;
  });

  await test.step('edit the description: only it is sent, and it lands in the backend', async () => {
    await editor.description.fill('Shorter checkout, more orders.');
    const patch = page.waitForRequest((r) => r.method() === 'PATCH');
    await editor.saveButton.click();
    expect((await patch).postDataJSON()).toEqual({ description: 'Shorter checkout, more orders.' });
    await expect(page.getByText('Changes saved.')).toBeVisible();
    expect((await backendGet(id)).description).toBe('Shorter checkout, more orders.');
  });

  await test.step('launch', async () => {
    await page.goto(`${proxy.url}/experiments/${id}`);
    await ui.action('Launch').click();
    await ui.dialog('Launch experiment').getByRole('button', { name: 'Launch' }).click();
    await expect(ui.status).toHaveText('Running');
    expect((await backendGet(id)).status).toBe('running');
  });

  await test.step('end as inconclusive with a comment', async () => {
    await ui.action('End experiment').click();
    const dialog = ui.dialog('End experiment');
    await dialog.getByRole('radio', { name: /Inconclusive/ }).check();
    await dialog
      .getByRole('textbox', { name: 'Comment' })
      .fill('Too little traffic through the proxy test.');
    await dialog.getByRole('button', { name: 'End experiment' }).click();
    await expect(ui.status).toHaveText('Stopped');
    expect(await backendGet(id)).toMatchObject({
      status: 'stopped',
      conclusion: 'inconclusive',
      conclusion_comment: 'Too little traffic through the proxy test.',
    });
  });
});

test('a bulk archive and its Undo go through the proxy, one experiment at a time', async ({
  page,
  request,
}) => {
  const label = `Proxy bulk ${Date.now().toString(36)}`;
  const ids: number[] = [];
  for (const n of [1, 2]) {
    const headers = { origin: proxy.url };
    const api = `${proxy.url}/api/projects/@current/experiments/`;
    const created = await request.post(api, {
      headers,
      data: {
        name: `${label} ${n}`,
        feature_flag_key: `${label.replace(/\W+/g, '-').toLowerCase()}-${n}`,
      },
    });
    expect(created.status()).toBe(201);
    const id = (await created.json()).id as number;
    for (const action of ['launch', 'end'])
      expect((await request.post(`${api}${id}/${action}/`, { headers, data: {} })).ok()).toBe(true);
    ids.push(id);
  }
  const archivedInBackend = () =>
    Promise.all(
      ids.map(async (id) => {
        const res = await request.get(`${backend.url}/api/projects/1/experiments/${id}/`, {
          headers: { authorization: `Bearer ${KEY}` },
        });
        return (await res.json()).archived as boolean;
      }),
    );

  const writes: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') writes.push(new URL(r.url()).pathname);
  });
  await page.goto(`${proxy.url}/experiments?search=${encodeURIComponent(label)}`);
  await expect(page.getByRole('link', { name: new RegExp(label) })).toHaveCount(2);
  await page.getByRole('checkbox', { name: 'Select every experiment on this page' }).check();
  const bar = page.getByRole('toolbar', { name: 'Selected experiments' });
  await bar.getByRole('button', { name: /^Archive/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Archive 2 experiments' }).click();
  await expect(dialog).toHaveAccessibleName('Archived 2 of 2 experiments');
  expect(await archivedInBackend()).toEqual([true, true]);
  expect(writes.sort()).toEqual(
    ids.map((id) => `/api/projects/@current/experiments/${id}/archive/`).sort(),
  );

  await dialog.getByRole('button', { name: 'Undo' }).click();
  await expect(dialog).toHaveAccessibleName('Undo: Unarchived 2 of 2 experiments');
  expect(await archivedInBackend()).toEqual([false, false]);
});

test('a cross-origin write through the proxy is refused', async ({ request }) => {
  const res = await request.post(`${proxy.url}/api/projects/@current/experiments/`, {
    headers: { origin: 'https://evil.example' },
    data: { name: 'Sneaky', feature_flag_key: 'sneaky' },
  });
  expect(res.status()).toBe(403);
});

test('results come through the proxy, and a HogQL query is refused before it leaves the server', async ({
  page,
  request,
}) => {
  const won = await test.step("the demo's won experiment, found through the proxy", async () => {
    for (const archived of ['false', 'true']) {
      const search = new URLSearchParams({ search: 'Google One Tap', archived });
      const res = await request.get(`${proxy.url}/api/projects/@current/experiments/?${search}`);
      const { results } = (await res.json()) as { results: { id: number; name: string }[] };
      const found = results.find((e) => e.name === 'Sign up with Google One Tap');
      if (found) return found.id;
    }
    throw new Error('The demo has no "Sign up with Google One Tap" experiment');
  });

  await test.step('the Results tab shows the significant winner, computed by the backend', async () => {
    const queries: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/query/')) queries.push(r.url());
    });
    const results = resultsPage(page);
    await page.goto(`${proxy.url}/experiments/${won}`);
    const winner = results.variant(results.metric('Sign-up completion'), 'one-tap');
    await expect(winner).toContainText('Significantly better');
    expect(queries.length).toBeGreaterThan(0);
    expect(
      queries.every((url) => url.startsWith(`${proxy.url}/api/projects/@current/query/`)),
    ).toBe(true);
  });

  await test.step("a HogQL query gets the proxy's own 400, not the backend's answer", async () => {
    const res = await request.post(`${proxy.url}/api/projects/@current/query/`, {
      headers: { origin: proxy.url },
      data: { query: { kind: 'HogQLQuery', query: 'select * from persons' } },
    });
    expect(res.status()).toBe(400);
    const body = (await res.json()) as { detail: string; attr: string };
    // The backend (like PostHog) would name the field query__kind; only the proxy's guard says this.
    expect(body).toMatchObject({ type: 'validation_error', attr: 'query.kind' });
    expect(body.detail).toMatch(/only runs experiment queries/);
  });
});
