import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestServer, EXPERIMENTS } from '@/testing/server-harness';
import { dbHash } from '@/testing/server-helpers';
import { runUsersCli } from '../cli/users';
import { createServerApp } from '../server-app';
import { addUser, findKeyOwner } from './personal-api-keys';
import { testSessionStore } from './testing/session-test-utils';

// The embedded server with AUTH=personal-key: every request carries a user's own key and acts as them.
const server = createTestServer();
afterAll(() => server.close());
const member = addUser(server.db, {
  email: 'priya@example.com',
  name: 'Priya Natarajan',
  role: 'member',
});
const viewer = addUser(server.db, { email: 'vic@example.com', name: 'Vic Viewer', role: 'viewer' });
const app = createServerApp(
  { host: '127.0.0.1', port: 4997, allowedHosts: [] },
  { mode: 'embedded', db: server.db, sessions: testSessionStore() },
);

async function call(method: string, path: string, key?: string, body?: unknown) {
  const res = await app.request(`http://127.0.0.1:4997${path}`, {
    method,
    headers: {
      host: '127.0.0.1:4997',
      origin: 'http://127.0.0.1:4997',
      'content-type': 'application/json',
      ...(key && { authorization: `Bearer ${key}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, text };
}

describe('personal API keys on the embedded server', () => {
  it('keeps only a hash of each key: the key is nowhere in the SQLite file', () => {
    expect(member.key).toMatch(/^phx_[A-Za-z0-9_-]{43}$/);
    server.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = readFileSync(server.db.name);
    for (const { key } of [member, viewer]) {
      expect(bytes.includes(Buffer.from(key))).toBe(false);
      expect(bytes.includes(Buffer.from(key.slice(4)))).toBe(false);
    }
    expect(findKeyOwner(server.db, member.key)).toEqual({ userId: member.userId, role: 'member' });
    expect(findKeyOwner(server.db, `${member.key}x`)).toBeUndefined();
  });

  it('answers 401 without a key (sign in, or send one) and PostHog’s 401 for a wrong one', async () => {
    const none = await call('GET', EXPERIMENTS);
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ type: 'authentication_error', code: 'session_required' });
    const wrong = await call('GET', EXPERIMENTS, 'phx_not_a_key_this_server_issued');
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('authentication_failed');
  });

  it('acts as the key’s owner: users/@me, created_by, and who ended it in the activity log', async () => {
    const me = await call('GET', '/api/users/@me/', member.key);
    expect(me.body).toMatchObject({ email: 'priya@example.com', first_name: 'Priya' });
    expect(me.body).not.toHaveProperty('role');

    const created = await call('POST', EXPERIMENTS, member.key, {
      name: 'Priya’s checkout test',
      feature_flag_key: 'priyas-checkout',
    });
    expect(created.status).toBe(201);
    expect(created.body.created_by.email).toBe('priya@example.com');
    const id = created.body.id as number;
    await call('POST', `${EXPERIMENTS}${id}/launch/`, member.key, {});
    const ended = await call('POST', `${EXPERIMENTS}${id}/end/`, member.key, { conclusion: 'won' });
    expect(ended.status).toBe(200);
    const activity = await call('GET', `${EXPERIMENTS}${id}/activity/`, member.key);
    const endEntry = activity.body.results.find(
      (e: { detail: { changes?: { field: string }[] } }) =>
        e.detail.changes?.some((c) => c.field === 'end_date'),
    );
    expect(endEntry.user.email).toBe('priya@example.com');
  });

  it('lets a viewer read everything as a viewer and write nothing: 403, and not a byte changed', async () => {
    const list = await call('GET', `${EXPERIMENTS}?limit=5`, viewer.key);
    expect(list.status).toBe(200);
    expect(list.body.results.length).toBeGreaterThan(0);
    for (const e of list.body.results) expect(e.user_access_level).toBe('viewer');
    // A member reading the same page still sees their own access.
    const asMember = await call('GET', `${EXPERIMENTS}?limit=5`, member.key);
    expect(asMember.body.results[0].user_access_level).toBe('editor');

    const id = list.body.results[0].id as number;
    const before = dbHash(server.db);
    for (const [method, path, body] of [
      ['PATCH', `${EXPERIMENTS}${id}/`, { name: 'Renamed by a viewer' }],
      ['POST', `${EXPERIMENTS}${id}/archive/`, {}],
      ['POST', EXPERIMENTS, { name: 'Viewer’s own', feature_flag_key: 'viewers-own' }],
    ] as const) {
      const refused = await call(method, path, viewer.key, body);
      expect(refused.status, `${method} ${path}`).toBe(403);
      expect(refused.body).toEqual({
        type: 'authentication_error',
        code: 'permission_denied',
        detail: 'You do not have editor access to this resource.',
        attr: null,
      });
    }
    expect(dbHash(server.db)).toBe(before);
  });
});

describe('a console in PostHog mode in front of it', () => {
  // The proxy's upstream is this embedded server, reached through its real app (no network needed).
  const proxyWith = (key: string) =>
    createServerApp(
      { host: '127.0.0.1', port: 4400, allowedHosts: [] },
      {
        mode: 'posthog',
        upstream: {
          host: 'http://127.0.0.1:4997',
          apiKey: key,
          timeoutMs: 5000,
          fetch: (url, init) => {
            const headers = new Headers(init?.headers);
            headers.set('host', '127.0.0.1:4997');
            return Promise.resolve(app.request(String(url), { ...init, headers }));
          },
        },
        project: { id: 1, name: 'Demo project' },
      },
    );
  const through = async (key: string, method: string, path: string, body?: unknown) => {
    const res = await proxyWith(key).request(`http://127.0.0.1:4400${path}`, {
      method,
      headers: {
        host: '127.0.0.1:4400',
        origin: 'http://127.0.0.1:4400',
        'content-type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };

  it('acts as the member whose key it holds, and passes a viewer’s 403 through unchanged', async () => {
    const created = await through(member.key, 'POST', EXPERIMENTS, {
      name: 'Made through the proxy',
      feature_flag_key: 'made-through-the-proxy',
    });
    expect(created.status).toBe(201);
    expect(created.body.created_by.email).toBe('priya@example.com');
    const refused = await through(viewer.key, 'PATCH', `${EXPERIMENTS}${created.body.id}/`, {
      name: 'Renamed',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('permission_denied');
  });
});

describe('npm run users', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return {
      out,
      err,
      io: { log: (l: string) => out.push(l), error: (l: string) => err.push(l), env: {} },
    };
  };
  const dataDir = `${server.db.name}-users-cli`;
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('adds a user, prints the key once, and lists users without keys', () => {
    const added = io();
    const code = runUsersCli(
      [
        'add',
        '--email',
        'sam@example.com',
        '--name',
        "Sam O'Connor",
        '--role=viewer',
        '--data-dir',
        dataDir,
      ],
      added.io,
    );
    expect(code).toBe(0);
    const key = added.out.join('\n').match(/phx_[A-Za-z0-9_-]{43}/)?.[0];
    expect(key).toBeDefined();
    const listed = io();
    expect(runUsersCli(['list', '--data-dir', dataDir], listed.io)).toBe(0);
    expect(listed.out.join('\n')).toMatch(/viewer\tsam@example\.com\tSam O'Connor\t1 key/);
    expect(listed.out.join('\n')).not.toContain(key);
  });

  it('revokes a user’s keys and issues a new one', () => {
    const run = io();
    expect(
      runUsersCli(['revoke', '--email', 'SAM@example.com', '--data-dir', dataDir], run.io),
    ).toBe(0);
    expect(run.out).toEqual(['Revoked 1 key of SAM@example.com.']);
    const listed = io();
    runUsersCli(['list', '--data-dir', dataDir], listed.io);
    expect(listed.out.join('\n')).toMatch(/sam@example\.com\tSam O'Connor\t0 keys/);
    const fresh = io();
    expect(
      runUsersCli(['new-key', '--email', 'sam@example.com', '--data-dir', dataDir], fresh.io),
    ).toBe(0);
    expect(fresh.out.join('\n')).toMatch(/phx_[A-Za-z0-9_-]{43}/);
    const unknown = io();
    expect(
      runUsersCli(['revoke', '--email', 'nobody@example.com', '--data-dir', dataDir], unknown.io),
    ).toBe(1);
    expect(unknown.err.join('\n')).toMatch(/no user has the email nobody@example\.com/);
  });

  it.each([
    [['add', '--email', 'x@example.com', '--name', 'X'], /add needs --role/],
    [
      ['add', '--email', 'not-an-email', '--name', 'X', '--role', 'member'],
      /is not an email address/,
    ],
    [
      ['add', '--email', 'x@example.com', '--name', 'X', '--role', 'admin'],
      /--role must be member or viewer/,
    ],
    [['remove'], /Unknown command: remove/],
    [['revoke'], /revoke needs --email/],
    [['add', '--email', 'sam@example.com', '--name', 'Sam', '--role', 'member'], /already exists/],
  ])('refuses %j with a reason', (argv, message) => {
    const run = io();
    expect(runUsersCli([...argv, '--data-dir', dataDir], run.io)).toBe(1);
    expect(run.err.join('\n')).toMatch(message);
  });
});
