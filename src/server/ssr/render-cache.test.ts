import { describe, expect, it } from 'vitest';
import { RenderCache } from './render-cache';

describe('RenderCache', () => {
  it('keeps the most recently used pages, each no longer than its maximum age', () => {
    let now = 0;
    const cache = new RenderCache<string>(2, 1000, () => now);
    cache.set('a', 'A');
    cache.set('b', 'B');
    expect(cache.get('a')).toBe('A'); // a is now the most recent
    cache.set('c', 'C'); // evicts b
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    now = 1001;
    expect(cache.get('c')).toBeUndefined();
  });
});
