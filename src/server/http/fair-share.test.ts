import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { fairShare, requestingClient } from './fair-share';

// Issue 16, finding 6 (the admission rule on its own): per client at most N in progress, M waiting, then
// PostHog's 429 with Retry-After; another client is never held back by the first one's queue.

function gatedApp(inProgress: number, waiting: number) {
  const gates: (() => void)[] = [];
  const started: string[] = [];
  const app = new Hono();
  app.use('*', fairShare(inProgress, waiting));
  app.get('/:name', async (c) => {
    started.push(c.req.param('name'));
    await new Promise<void>((open) => gates.push(open));
    return c.json({ ok: true });
  });
  const from = (address: string, name: string) =>
    app.request(`http://x/${name}`, {}, { incoming: { socket: { remoteAddress: address } } });
  const tick = () => new Promise((r) => setImmediate(r));
  return { from, gates, started, tick };
}

describe('fairShare', () => {
  it('starts one request per client per turn, at most N at once, queues M, and answers the rest 429', async () => {
    const { from, gates, started, tick } = gatedApp(2, 4);
    const answers = ['a', 'b', 'c', 'd', 'e'].map((name) => from('10.0.0.1', name));
    const refused = await answers[4];
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get('retry-after')).toBe('1');
    expect(await refused?.json()).toEqual({
      type: 'throttled_error',
      code: 'throttled',
      detail: 'Request was throttled. Expected available in 1 second.',
      attr: null,
    });
    await tick();
    expect(started).toEqual(['a']);
    await tick();
    await tick();
    expect(started).toEqual(['a', 'b']);
    gates.shift()?.();
    expect((await answers[0])?.status).toBe(200);
    await tick();
    expect(started).toEqual(['a', 'b', 'c']);
    while (started.length < 4 || gates.length > 0) {
      gates.shift()?.();
      await tick();
    }
    const statuses = await Promise.all(answers.slice(0, 4).map(async (a) => (await a)?.status));
    expect(statuses).toEqual([200, 200, 200, 200]);
  });

  it('another client’s request starts in the next turn, ahead of the first one’s queue', async () => {
    const { from, gates, started, tick } = gatedApp(8, 10);
    const busy = ['a1', 'a2', 'a3', 'a4'].map((name) => from('10.0.0.1', name));
    const other = from('10.0.0.2', 'b1');
    await tick();
    expect(started).toEqual(['a1', 'b1']);
    while (started.length < 5 || gates.length > 0) {
      gates.shift()?.();
      await tick();
    }
    expect((await other).status).toBe(200);
    expect((await Promise.all(busy)).map((r) => r.status)).toEqual([200, 200, 200, 200]);
  });
});

describe('requestingClient', () => {
  const app = (trustProxy: boolean) => {
    const echo = new Hono();
    echo.get('/', (c) => c.text(requestingClient(c, trustProxy)));
    return async (xff?: string) => {
      const headers: Record<string, string> = xff ? { 'x-forwarded-for': xff } : {};
      const res = await echo.request(
        'http://x/',
        { headers },
        {
          incoming: { socket: { remoteAddress: '127.0.0.1' } },
        },
      );
      return res.text();
    };
  };

  it('is the socket’s address unless told to trust the proxy, then the address the proxy appended', async () => {
    expect(await app(false)('203.0.113.9')).toBe('127.0.0.1');
    expect(await app(true)('203.0.113.9')).toBe('203.0.113.9');
    // Earlier entries are whatever the client sent; only the proxy's own (last) entry counts.
    expect(await app(true)('1.2.3.4, 203.0.113.9')).toBe('203.0.113.9');
    expect(await app(true)()).toBe('127.0.0.1');
  });
});
