import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestServer } from '@/testing/server-harness';
import viteConfig from '../../../vite.config';
import { createServerApp } from '../server-app';

// Issue 16, findings 2, 7 and 9: no page, asset or API answer carried a CSP, X-Frame-Options, nosniff or a
// Referrer-Policy, so another origin could frame the console and have a click archive an experiment; the
// production build published its source maps.

const SNIPPET = "document.documentElement.classList.add('light');";
const dist = mkdtempSync(join(tmpdir(), 'experiment-console-headers-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(
  join(dist, 'index.html'),
  `<!doctype html><html><head><script>${SNIPPET}</script><script type="module" src="/assets/app.js"></script></head><body></body></html>`,
);
writeFileSync(join(dist, 'assets/app.js'), 'console.log(1)');
writeFileSync(join(dist, 'assets/app.js.map'), '{"sources":["secret.ts"]}');
const server = createTestServer();
afterAll(() => {
  server.close();
  rmSync(dist, { recursive: true, force: true });
});

const CONFIG = { host: '127.0.0.1', port: 4400, allowedHosts: [] };
const embedded = createServerApp(CONFIG, { mode: 'embedded', db: server.db }, dist);
const proxied = createServerApp(
  CONFIG,
  {
    mode: 'posthog',
    upstream: {
      host: 'http://posthog.invalid',
      apiKey: 'phx_headers',
      timeoutMs: 1000,
      fetch: async () => Response.json({ count: 0, results: [] }),
    },
    project: { id: 7, name: 'Web app' },
  },
  dist,
);
const get = (app: typeof embedded, path: string, init: RequestInit = {}) =>
  app.request(`http://127.0.0.1:4400${path}`, {
    ...init,
    headers: { host: '127.0.0.1:4400', ...init.headers },
  });

const hash = `'sha256-${createHash('sha256').update(SNIPPET).digest('base64')}'`;

describe.each([
  ['embedded', embedded],
  ['proxy', proxied],
])('security headers (%s)', (_, app) => {
  it.each([
    ['a page', '/experiments/78'],
    ['an asset', '/assets/app.js'],
    ['the API', '/api/projects/@current/experiments/'],
    ['the config', '/api/console/config'],
    ['an API 404', '/api/nothing/'],
    ['a refused host', '/experiments/'],
  ])('on %s', async (what, path) => {
    const res = await get(app, path, what === 'a refused host' ? { headers: { host: 'x:1' } } : {});
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain(`script-src 'self' ${hash}`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('never serves a source map', async () => {
    const res = await get(app, '/assets/app.js.map');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('secret.ts');
  });
});

it('the production build makes no source maps', () => {
  expect(viteConfig.build?.sourcemap).toBeFalsy();
});

it('ingestion answers carry the headers too, and still allow any origin (CORS)', async () => {
  const res = await get(embedded, '/flags/?v=2', {
    method: 'POST',
    headers: { origin: 'https://shop.example', 'content-type': 'application/json' },
    body: JSON.stringify({ token: 'phc_demo_project_token', distinct_id: 'x' }),
  });
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('access-control-allow-origin')).toBe('https://shop.example');
});
