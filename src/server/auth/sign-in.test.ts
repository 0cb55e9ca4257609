import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestServer, EXPERIMENTS } from '@/testing/server-harness';
import { dbHash } from '@/testing/server-helpers';
import { insertRow } from '../db/rows';
import { createServerApp } from '../server-app';
import { addUser } from './personal-api-keys';
import { sessionSecret } from './session-secret';
import { openSessionStore } from './session-store';
import { browserOf } from './testing/signed-in-client';
import { TEST_SESSION_SECRET, testSessionStore } from './testing/session-test-utils';

// The embedded server with AUTH=personal-key: people sign in with their own key and get a session cookie.
const server = createTestServer();
const dir = mkdtempSync(join(tmpdir(), 'sign-in-test-'));
const sessionsFile = join(dir, 'sessions.sqlite');
const sessions = testSessionStore({
  file: sessionsFile,
  idleMs: 3_600_000,
  absoluteMs: 86_400_000,
});
afterAll(() => {
  server.close();
  sessions.close();
  rmSync(dir, { recursive: true, force: true });
});
const member = addUser(server.db, { email: 'priya@example.com', name: 'Priya N', role: 'member' });
const viewer = addUser(server.db, { email: 'vic@example.com', name: 'Vic Viewer', role: 'viewer' });
const ORIGIN = 'http://127.0.0.1:4997';
const config = { host: '127.0.0.1', port: 4997, allowedHosts: [] };
const app = createServerApp(config, { mode: 'embedded', db: server.db, sessions });

const logs: string[] = [];
beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation((line: string) => void logs.push(String(line)));
  vi.spyOn(console, 'warn').mockImplementation((line: string) => void logs.push(String(line)));
});
afterEach(() => vi.restoreAllMocks());

async function signedIn(key: string) {
  const browser = browserOf(app, ORIGIN);
  const res = await browser.call('POST', '/api/console/sign-in', { personal_api_key: key });
  expect(res.status).toBe(200);
  return browser;
}

/** Every API path the console uses, read and write: a dead session gets 401 on each. */
const API_PATHS: [string, string, unknown?][] = [
  ['GET', '/api/console/config'],
  ['GET', '/api/users/@me/'],
  ['GET', EXPERIMENTS],
  ['GET', `${EXPERIMENTS}1/`],
  ['PATCH', `${EXPERIMENTS}1/`, { name: 'x' }],
  ['POST', EXPERIMENTS, { name: 'x', feature_flag_key: 'x' }],
  ['POST', `${EXPERIMENTS}1/archive/`],
  ['DELETE', `${EXPERIMENTS}1/`],
  ['GET', '/api/projects/@current/feature_flags/'],
  ['GET', '/api/projects/@current/experiment_saved_metrics/'],
  ['POST', '/api/environments/@current/query/', { query: { kind: 'HogQLQuery' } }],
  ['GET', '/api/projects/@current/activity_log/'],
];

describe('sign-in on the embedded server', () => {
  it('sets an opaque HttpOnly, SameSite=Lax, Path=/ cookie, and the session acts as the key’s owner', async () => {
    const browser = browserOf(app, ORIGIN);
    const res = await browser.call('POST', '/api/console/sign-in', {
      personal_api_key: member.key,
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^ec_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Max-Age=86400/);
    expect(cookie).not.toMatch(/Secure/); // plain http on loopback: a Secure cookie would never be sent
    expect(cookie).not.toContain(member.key);

    expect((await browser.call('GET', '/api/users/@me/')).body.email).toBe('priya@example.com');
    expect((await browser.call('GET', '/api/console/config')).body.sign_in).toBe(true);
    const created = await browser.call('POST', EXPERIMENTS, {
      name: 'Signed-in test',
      feature_flag_key: 'signed-in-test',
    });
    expect(created.status).toBe(201);
    expect(created.body.created_by.email).toBe('priya@example.com');
    expect((await browser.call('GET', '/api/console/sign-in')).body).toEqual({
      mode: 'embedded',
      host: null,
      signed_in: true,
    });
  });

  it('over HTTPS (PUBLIC_URL) the cookie is Secure and __Host- prefixed', async () => {
    const secure = createServerApp(
      { ...config, publicUrl: new URL('https://console.example.com') },
      { mode: 'embedded', db: server.db, sessions },
    );
    const res = await browserOf(secure, 'https://console.example.com').call(
      'POST',
      '/api/console/sign-in',
      { personal_api_key: member.key },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(
      /^__Host-ec_session=[A-Za-z0-9_-]{43}; Max-Age=\d+; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
    );
  });

  it('gives a viewer’s session read-only objects and PostHog’s 403 on a hand-made write, changing nothing', async () => {
    await (
      await signedIn(member.key)
    ).call('POST', EXPERIMENTS, {
      name: 'For the viewer to see',
      feature_flag_key: 'for-the-viewer',
    });
    const browser = await signedIn(viewer.key);
    const list = await browser.call('GET', EXPERIMENTS);
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body.results.length, JSON.stringify(list.body)).toBeGreaterThan(0);
    expect(list.body.results[0].user_access_level).toBe('viewer');
    const before = dbHash(server.db);
    const id = list.body.results[0].id;
    for (const [method, path, body] of [
      ['PATCH', `${EXPERIMENTS}${id}/`, { name: 'Viewer was here' }],
      ['POST', `${EXPERIMENTS}${id}/archive/`, undefined],
      ['DELETE', `${EXPERIMENTS}${id}/`, undefined],
    ] as const) {
      const res = await browser.call(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.code).toBe('permission_denied');
    }
    expect(dbHash(server.db)).toBe(before);
  });

  it('signs out at once: the old cookie then gets 401 on every API path', async () => {
    const browser = await signedIn(member.key);
    const old = browser.cookieHeader();
    expect((await browser.call('POST', '/api/console/sign-out')).status).toBe(204);
    expect(browser.jar.size).toBe(0); // the answer cleared the cookie
    const before = dbHash(server.db);
    for (const [method, path, body] of API_PATHS) {
      const res = await browser.call(method, path, body, { cookie: old });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.body).toMatchObject({ type: 'authentication_error', code: 'session_required' });
    }
    expect(dbHash(server.db)).toBe(before);
  });

  it('starts a new session id at every sign-in and ends the one the browser had', async () => {
    const browser = await signedIn(member.key);
    const first = browser.cookieHeader();
    await browser.call('POST', '/api/console/sign-in', { personal_api_key: member.key });
    const second = browser.cookieHeader();
    expect(second).not.toBe(first);
    expect((await browser.call('GET', EXPERIMENTS)).status).toBe(200);
    expect((await browser.call('GET', EXPERIMENTS, undefined, { cookie: first })).status).toBe(401);
    // A cookie planted before sign-in (session fixation) signs nobody in afterwards either.
    const planted = `ec_session=${'A'.repeat(43)}`;
    const fixed = browserOf(app, ORIGIN);
    await fixed.call(
      'POST',
      '/api/console/sign-in',
      { personal_api_key: member.key },
      { cookie: planted },
    );
    expect(fixed.cookieHeader()).not.toBe(planted);
  });

  it('refuses a forged or tampered cookie with a 401', async () => {
    const browser = await signedIn(member.key);
    const value = browser.cookieHeader().split('=')[1] as string;
    const flipped = value.slice(0, -1) + (value.endsWith('A') ? 'B' : 'A');
    for (const cookie of [
      `ec_session=${flipped}`,
      `ec_session=${'x'.repeat(43)}`,
      `ec_session=${member.key}`,
      'ec_session=',
      `ec_session=${value}; ec_session=${flipped}`.replace(value, flipped),
    ]) {
      const res = await browser.call('GET', EXPERIMENTS, undefined, { cookie });
      expect(res.status, cookie).toBe(401);
    }
  });

  it('still refuses a state-changing request from another origin, session or not', async () => {
    const browser = await signedIn(member.key);
    const before = dbHash(server.db);
    const res = await browser.call(
      'PATCH',
      `${EXPERIMENTS}1/`,
      { name: 'CSRF' },
      {
        origin: 'https://evil.example',
      },
    );
    expect(res.status).toBe(403);
    const site = await browser.call('POST', `${EXPERIMENTS}1/archive/`, undefined, {
      'sec-fetch-site': 'cross-site',
    });
    expect(site.status).toBe(403);
    expect(dbHash(server.db)).toBe(before);
  });

  it('ends a session whose key was revoked, with a message that says so', async () => {
    const temp = addUser(server.db, { email: 'temp@example.com', name: 'Temp', role: 'member' });
    const browser = await signedIn(temp.key);
    expect((await browser.call('GET', EXPERIMENTS)).status).toBe(200);
    server.db.prepare('DELETE FROM personal_api_keys WHERE user_id = ?').run(temp.userId);
    const res = await browser.call('GET', EXPERIMENTS);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('session_revoked');
    expect(res.body.detail).toMatch(/no longer accepted/);
    expect(browser.jar.size).toBe(0);
  });

  it('refuses a wrong key with the reason, and throttles the 11th failure a minute with Retry-After', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // A fresh app: its throttle has seen no failures.
      const fresh = createServerApp(config, { mode: 'embedded', db: server.db, sessions });
      const browser = browserOf(fresh, ORIGIN);
      const before = sessions.count();
      const wrong = await browser.call('POST', '/api/console/sign-in', {
        personal_api_key: 'phx_wrong',
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body).toMatchObject({ code: 'invalid_key', attr: 'personal_api_key' });
      for (let i = 0; i < 9; i++)
        await browser.call('POST', '/api/console/sign-in', { personal_api_key: `phx_${i}` });
      const throttled = await browser.call('POST', '/api/console/sign-in', {
        personal_api_key: member.key,
      });
      expect(throttled.status).toBe(429);
      expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(throttled.body.detail).toMatch(/Too many failed sign-ins/);
      expect(sessions.count()).toBe(before);
      vi.setSystemTime(Date.now() + 61_000);
      expect(
        (await browser.call('POST', '/api/console/sign-in', { personal_api_key: member.key }))
          .status,
      ).toBe(200);
      expect(logs.some((l) => /Sign-in refused for .*too many failed attempts/.test(l))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('expires a session after the idle limit, and after the absolute limit however busy', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const idle = await signedIn(member.key);
      vi.setSystemTime(Date.now() + 3_600_000);
      const res = await idle.call('GET', EXPERIMENTS);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({
        code: 'session_expired',
        detail: expect.stringMatching(/expired/),
      });

      const busy = await signedIn(member.key);
      // Used every 50 minutes (never idle) for a day: the absolute limit still ends it.
      for (let step = 1; step <= 29; step++) {
        vi.setSystemTime(Date.now() + 50 * 60_000);
        const at = await busy.call('GET', '/api/users/@me/');
        if (step < 29) expect(at.status, `after ${step} × 50 min`).toBe(200);
        else expect(at.body.code).toBe('session_expired');
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps sessions across a restart, and a new SESSION_SECRET ends them all', async () => {
    const browser = await signedIn(member.key);
    const reopened = openSessionStore(sessionsFile, sessionSecret(TEST_SESSION_SECRET), {
      idleMs: 3_600_000,
      absoluteMs: 86_400_000,
    });
    const restarted = createServerApp(config, {
      mode: 'embedded',
      db: server.db,
      sessions: reopened,
    });
    const again = browserOf(restarted, ORIGIN);
    const res = await again.call('GET', '/api/users/@me/', undefined, {
      cookie: browser.cookieHeader(),
    });
    expect(res.body.email).toBe('priya@example.com');
    reopened.close();

    // Started for another backend (now PostHog mode), the same secret's sessions are no use either.
    const elsewhere = openSessionStore(sessionsFile, sessionSecret(TEST_SESSION_SECRET), {
      idleMs: 3_600_000,
      absoluteMs: 86_400_000,
      scope: 'posthog https://us.posthog.com',
    });
    expect(elsewhere.count()).toBe(0);
    elsewhere.close();

    const rotated = openSessionStore(
      sessionsFile,
      sessionSecret('another-secret-of-32-characters!!'),
      {
        idleMs: 3_600_000,
        absoluteMs: 86_400_000,
      },
    );
    expect(rotated.count()).toBe(0);
    rotated.close();
  });

  it('never lets a key out: not in a body, header, log line, or the session file’s bytes', async () => {
    const browser = browserOf(app, ORIGIN);
    await browser.call('POST', '/api/console/sign-in', { personal_api_key: member.key });
    for (const [method, path, body] of API_PATHS) await browser.call(method, path, body);
    await browser.call('GET', '/api/console/sign-in');
    await browser.call('POST', '/api/console/sign-in', { personal_api_key: `${member.key}x` });
    await browser.call('POST', '/api/console/sign-out');
    const secret = member.key.slice(4); // the random part, in any encoding a body could carry
    for (const answer of browser.seen) expect(answer).not.toContain(secret);
    expect(logs.length).toBeGreaterThan(0);
    for (const line of logs) expect(line).not.toContain(secret);
    const bytes = readFileSync(sessionsFile);
    expect(bytes.includes(Buffer.from(secret))).toBe(false);
    expect(bytes.includes(Buffer.from(TEST_SESSION_SECRET))).toBe(false);
  });
});

describe('sign-in through a console in PostHog mode', () => {
  // "PostHog" is the key-protected embedded server above, reached through its real app; `inFront` plays
  // something between the console and PostHog that can answer 401 itself (a self-hosted SSO proxy).
  let inFront: Response | null = null;
  let keyChecks = 0;
  const toPostHog = {
    host: ORIGIN,
    timeoutMs: 5000,
    fetch: async (url: string | URL | Request, init?: RequestInit) => {
      if (String(url).endsWith('/api/users/@me/')) keyChecks++;
      if (inFront) return inFront.clone();
      const headers = new Headers(init?.headers);
      headers.set('host', '127.0.0.1:4997');
      return app.request(String(url), { ...init, headers });
    },
  };
  const proxySessions = testSessionStore();
  afterAll(() => proxySessions.close());
  const console = createServerApp(
    { host: '127.0.0.1', port: 4400, allowedHosts: [] },
    { mode: 'posthog', upstream: toPostHog, sessions: proxySessions },
  );
  const PROXY = 'http://127.0.0.1:4400';

  it('sends each person’s own key to PostHog: the member is the author, the viewer gets PostHog’s 403', async () => {
    const priya = browserOf(console, PROXY);
    expect(
      (await priya.call('POST', '/api/console/sign-in', { personal_api_key: member.key })).status,
    ).toBe(200);
    expect((await priya.call('GET', '/api/console/config')).body).toMatchObject({
      mode: 'posthog',
      sign_in: true,
      project: { id: 1 },
    });
    const created = await priya.call('POST', EXPERIMENTS, {
      name: 'Through the signed-in proxy',
      feature_flag_key: 'through-signed-in-proxy',
    });
    expect(created.status).toBe(201);
    expect(created.body.created_by.email).toBe('priya@example.com');

    const vic = browserOf(console, PROXY);
    await vic.call('POST', '/api/console/sign-in', { personal_api_key: viewer.key });
    expect((await vic.call('GET', '/api/users/@me/')).body.email).toBe('vic@example.com');
    const refused = await vic.call('PATCH', `${EXPERIMENTS}${created.body.id}/`, { name: 'No' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('permission_denied');
    for (const answer of [...priya.seen, ...vic.seen]) {
      expect(answer).not.toContain(member.key.slice(4));
      expect(answer).not.toContain(viewer.key.slice(4));
    }
  });

  it('keeps each person’s project: one switching does not move the other', async () => {
    insertRow(server.db, 'projects', {
      id: 2,
      uuid: 'project-two',
      name: 'Mobile app',
      organization: 'org',
      api_token: 'phc_two',
    });
    const priya = browserOf(console, PROXY);
    const vic = browserOf(console, PROXY);
    await priya.call('POST', '/api/console/sign-in', { personal_api_key: member.key });
    await vic.call('POST', '/api/console/sign-in', { personal_api_key: viewer.key });
    const switched = await priya.call('POST', '/api/console/project', { id: 2 });
    expect(switched.body.project).toEqual({ id: 2, name: 'Mobile app' });
    expect((await priya.call('GET', '/api/console/config')).body.project.id).toBe(2);
    expect((await vic.call('GET', '/api/console/config')).body.project.id).toBe(1);
  });

  it('answers other methods on the sign-in paths with a 4xx, never a 5xx', async () => {
    const browser = browserOf(console, PROXY);
    for (const signedInFirst of [false, true]) {
      if (signedInFirst)
        await browser.call('POST', '/api/console/sign-in', { personal_api_key: member.key });
      for (const [method, path] of [
        ['PUT', '/api/console/sign-in'],
        ['DELETE', '/api/console/sign-in'],
        ['OPTIONS', '/api/console/sign-in'],
        ['GET', '/api/console/sign-out'],
        ['PATCH', '/api/console/sign-out'],
      ] as const) {
        const res = await browser.call(method, path);
        expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
        expect(res.status, `${method} ${path}`).toBeLessThan(500);
      }
    }
  });

  it('refuses a key that could not travel in a header with a 400, not a 502', async () => {
    const res = await browserOf(console, PROXY).call('POST', '/api/console/sign-in', {
      personal_api_key: 'phx_€uro',
    });
    expect(res.status).toBe(400);
    expect(res.body.attr).toBe('personal_api_key');
  });

  it('keeps the session when a 401 comes from something in front of PostHog, not PostHog', async () => {
    const browser = browserOf(console, PROXY);
    await browser.call('POST', '/api/console/sign-in', { personal_api_key: member.key });
    inFront = Response.json({ error: 'SSO login required' }, { status: 401 });
    try {
      expect((await browser.call('GET', EXPERIMENTS)).status).toBe(401);
    } finally {
      inFront = null;
    }
    expect((await browser.call('GET', EXPERIMENTS)).status).toBe(200);
  });

  it('counts sign-ins sent all at once before checking any: only 10 keys reach PostHog', async () => {
    // A fresh console: its throttle has seen nothing from this address.
    const fresh = createServerApp(
      { host: '127.0.0.1', port: 4400, allowedHosts: [] },
      { mode: 'posthog', upstream: toPostHog, sessions: proxySessions },
    );
    const browser = browserOf(fresh, PROXY);
    keyChecks = 0;
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        browser.call('POST', '/api/console/sign-in', { personal_api_key: `phx_guess_${i}` }),
      ),
    );
    expect(keyChecks).toBeLessThanOrEqual(10);
    expect(answers.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(20);
  });

  it('refuses a key PostHog does not accept, and ends the session when PostHog starts refusing it', async () => {
    const browser = browserOf(console, PROXY);
    const wrong = await browser.call('POST', '/api/console/sign-in', {
      personal_api_key: 'phx_not_accepted_by_posthog',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.detail).toMatch(/PostHog did not accept this key/);

    const temp = addUser(server.db, { email: 'temp2@example.com', name: 'Temp', role: 'member' });
    await browser.call('POST', '/api/console/sign-in', { personal_api_key: temp.key });
    expect((await browser.call('GET', EXPERIMENTS)).status).toBe(200);
    server.db.prepare('DELETE FROM personal_api_keys WHERE user_id = ?').run(temp.userId);
    const revoked = await browser.call('GET', EXPERIMENTS);
    expect(revoked.status).toBe(401);
    expect(revoked.body.code).toBe('session_revoked');
    expect((await browser.call('GET', EXPERIMENTS)).body.code).toBe('session_required');
  });
});
