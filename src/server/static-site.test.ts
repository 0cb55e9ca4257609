import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { staticSite } from './static-site';

// Text goes out compressed to a browser that accepts it, and as it is to one that does not.
const dist = mkdtempSync(join(tmpdir(), 'experiment-console-static-'));
mkdirSync(join(dist, 'assets'));
const page = `<!doctype html><html><head></head><body><div id="root"></div>${'<p>x</p>'.repeat(400)}</body></html>`;
const script = `console.log(${JSON.stringify('chunk '.repeat(500))});`;
writeFileSync(join(dist, 'index.html'), page);
writeFileSync(join(dist, 'assets/app.js'), script);
writeFileSync(join(dist, 'assets/app.js.br'), brotliCompressSync(script));
writeFileSync(join(dist, 'assets/app.js.gz'), gzipSync(script));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const site = staticSite(dist);
const get = (path: string, acceptEncoding?: string) =>
  site.request(path, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('the built site', () => {
  it('serves a built file as the build compressed it, the best the browser takes', async () => {
    const br = await get('/assets/app.js', 'gzip, deflate, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/);
    const gz = await get('/assets/app.js', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script);
    const plain = await get('/assets/app.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('gzips a page for a browser that takes gzip, and sends it plain otherwise', async () => {
    const gz = await get('/experiments', 'gzip, deflate, br');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('content-type')).toMatch(/^text\/html/);
    expect(gz.headers.get('vary')).toBe('Cookie, Accept-Encoding');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(page);
    const plain = await get('/experiments', 'br;q=1, gzip;q=0');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(page);
  });
});
