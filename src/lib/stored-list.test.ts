// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { storedList } from './stored-list';

const names = storedList((item) => (typeof item === 'string' ? item : null), 3);

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('storedList', () => {
  it('keeps at most the first N items and reads them back, dropping what it cannot read', () => {
    expect(names.write('k', ['a', 'b', 'c', 'd'])).toBe(true);
    expect(names.read('k')).toEqual(['a', 'b', 'c']);
    localStorage.setItem('k', JSON.stringify(['a', 7, 'b']));
    expect(names.read('k')).toEqual(['a', 'b']);
    localStorage.setItem('k', '{not json');
    expect(names.read('k')).toEqual([]);
  });

  it('gives the same list while the stored text is the same (a stable snapshot)', () => {
    names.write('k', ['a']);
    expect(names.read('k')).toBe(names.read('k'));
  });

  it('is live: a write in this tab and a storage event from another tab both show', () => {
    const { result } = renderHook(() => names.useList('k'));
    expect(result.current).toEqual([]);
    act(() => void names.write('k', ['a']));
    expect(result.current).toEqual(['a']);
    act(() => {
      localStorage.setItem('k', JSON.stringify(['from another tab']));
      window.dispatchEvent(new StorageEvent('storage', { key: 'k' }));
    });
    expect(result.current).toEqual(['from another tab']);
  });
});
