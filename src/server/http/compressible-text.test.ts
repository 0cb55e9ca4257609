import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, CompressibleText } from './compressible-text';

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br, zstd', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['GZIP', true],
    ['x-gzip', true],
    ['*', true],
    ['gzip;q=0', false],
    ['*, gzip;q=0', false],
    ['br', false],
    ['identity', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe('CompressibleText', () => {
  it('gzips a page once, and the bytes read back as the page', () => {
    const page = new CompressibleText(`<p>${'a row '.repeat(2000)}</p>`);
    const first = page.gzip();
    expect(first).not.toBeNull();
    expect(first!.length).toBeLessThan(page.text.length / 10);
    expect(gunzipSync(first!).toString()).toBe(page.text);
    expect(page.gzip()).toBe(first);
  });

  it('leaves a small text alone', () => {
    expect(new CompressibleText('<p>hi</p>').gzip()).toBeNull();
  });
});
