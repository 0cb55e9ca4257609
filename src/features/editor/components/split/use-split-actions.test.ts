import { describe, expect, it } from 'vitest';
import { nextVariantKey } from './use-split-actions';

const rows = (...keys: string[]) => keys.map((key) => ({ key, name: '', percent: 0 }));

describe('nextVariantKey', () => {
  it.each([
    [['control'], 'test'],
    [['control', 'test'], 'test-2'],
    [['control', 'test', 'test-2'], 'test-3'],
    [['control', 'test', 'test-3'], 'test-2'],
    [['control', 'b'], 'test'],
  ])('after %j comes %s', (keys, next) => {
    expect(nextVariantKey(rows(...keys))).toBe(next);
  });
});
