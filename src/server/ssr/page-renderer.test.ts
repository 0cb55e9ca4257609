import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerApp } from '@/server/server-app';
import { dataVersion } from '@/server/ssr/page-renderer';
import { createTestServer, EXPERIMENTS, type TestServer } from '@/testing/server-harness';

// The real render (React, MUI, the app's pages) over a real SQLite file, through the whole served app.
describe('server-rendered pages', () => {
  let server: TestServer;
  let dist: string;
  let app: ReturnType<typeof createServerApp>;
  const config = { host: '127.0.0.1', port: 4999, allowedHosts: [] };
  const page = async (path: string, cookie = '') =>
    (
      await app.request(`http://127.0.0.1:4999${path}`, {
        headers: { cookie, host: '127.0.0.1:4999' },
      })
    ).text();

  beforeAll(() => {
    server = createTestServer();
    dist = mkdtempSync(join(tmpdir(), 'ssr-dist-'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html><head><title>Experiment Console</title>' +
        '<link rel="modulepreload" crossorigin href="/assets/chunk.js"></head>' +
        '<body><div id="root"></div></body></html>',
    );
    app = createServerApp(config, { mode: 'embedded', db: server.db }, dist, { renderPages: true });
  });
  afterAll(() => {
    server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('renders the dashboard with its rows, and renders it again after a write', async () => {
    const created = await server.request('POST', EXPERIMENTS, {
      name: 'Rendered on the server',
      feature_flag_key: 'rendered-on-the-server',
    });
    expect(created.status).toBe(201);
    const first = await page('/experiments');
    expect(first).toContain('<div id="root" inert>');
    expect(first).toContain('Rendered on the server');
    expect(first).toContain('id="ssr-state"');
    // Read before the script runs: no chunk is fetched and compiled while the rows are parsed.
    expect(first).not.toContain('modulepreload');

    await server.request('PATCH', `${EXPERIMENTS}${created.body.id}/`, { name: 'Renamed since' });
    const second = await page('/experiments');
    // The rows (the flag keeps its own name, which the state carries).
    const rows = second.slice(0, second.indexOf('id="ssr-state"'));
    expect(rows).toContain('Renamed since');
    expect(rows).not.toContain('Rendered on the server');
  });

  it('writes dates in the zone of the cookie, and leaves them blank without it', async () => {
    const { body } = await server.request('GET', `${EXPERIMENTS}?limit=1`);
    const created = new Date(body.results[0].created_at);
    const tokyo = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Asia/Tokyo',
    }).format(created);
    const withZone = await page('/experiments', 'console_zone=en-GB|Asia%2FTokyo');
    expect(withZone).toContain(`title="${tokyo}"`);
    const withoutZone = await page('/experiments');
    expect(withoutZone).not.toContain(`title="${tokyo}"`);
    expect(withoutZone).toContain('"zoneKnown":false');
  });

  it('serves the plain app for pages it does not render, and state that cannot close its script', async () => {
    const editor = await page('/experiments/new');
    expect(editor).toContain('<div id="root"></div>');
    await server.request('POST', EXPERIMENTS, {
      name: '</script><script>alert(1)</script>',
      feature_flag_key: 'script-in-the-name',
    });
    const dashboard = await page('/experiments');
    const state = dashboard.slice(dashboard.indexOf('id="ssr-state"'));
    expect(state.indexOf('</script>')).toBeGreaterThan(state.indexOf('\\u003c/script>'));
    expect(dashboard).not.toContain('<script>alert(1)</script>');
  });

  it('keys its cache on writes to what pages show, not on ingested events', async () => {
    const version = dataVersion(server.db)!;
    const before = version();
    const team = server.db.prepare('SELECT id FROM projects LIMIT 1').pluck().get();
    const person = server.db
      .prepare("INSERT INTO persons (team_id, uuid, created_at) VALUES (?, 'ssr-p', '2026-12-01')")
      .run(team).lastInsertRowid;
    server.db
      .prepare(
        `INSERT INTO events (team_id, uuid, event, distinct_id, person_id, timestamp, inserted_at)
         VALUES (?, 'ssr-e', '$pageview', 'ssr-d', ?, 0, '2026-12-01')`,
      )
      .run(team, person);
    expect(version()).toBe(before);

    const { body } = await server.request('GET', `${EXPERIMENTS}?limit=1`);
    await server.request('PATCH', `${EXPERIMENTS}${body.results[0].id}/`, { description: 'Moved' });
    expect(version()).not.toBe(before);
  });
});
