import { describe, expect, it } from 'vitest';
import { formatChange } from './format-change';

describe('formatChange', () => {
  it('writes relative changes as PostHog does, absolute ones in the metric unit', () => {
    expect(formatChange(0.11203, true)).toBe('+11.20%');
    expect(formatChange(-0.5, true)).toBe('-50.00%');
    expect(formatChange(0.1234, false)).toBe('+0.12');
    expect(formatChange(-250.4, false)).toBe('-250');
    expect(formatChange(null, false)).toBe('—');
  });
});
