import type { Hono } from 'hono';

export interface Answer {
  status: number;
  // Tests read arbitrary response shapes.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Headers;
}

/**
 * A browser's view of a console app: same-origin requests, one cookie jar, and every answer kept so a test
 * can search all of them for a key.
 */
export function browserOf(app: Pick<Hono, 'request'>, origin: string) {
  const jar = new Map<string, string>();
  const seen: string[] = [];
  const host = new URL(origin).host;
  return {
    jar,
    seen,
    cookieHeader: () => [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
    async call(method: string, path: string, body?: unknown, extra: Record<string, string> = {}) {
      const res = await app.request(`${origin}${path}`, {
        method,
        headers: {
          host,
          origin,
          'content-type': 'application/json',
          ...(jar.size ? { cookie: [...jar].map(([n, v]) => `${n}=${v}`).join('; ') } : {}),
          ...extra,
        },
        body:
          body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      for (const line of res.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const [name = '', value = ''] = pair.split('=');
        if (/Max-Age=0/i.test(line) || value === '') jar.delete(name);
        else jar.set(name, value);
      }
      const text = await res.text();
      seen.push(
        `${res.status} ${[...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n')}\n${text}`,
      );
      return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
    },
  };
}
