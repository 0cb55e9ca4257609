// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useReadAt } from './use-read-at';

afterEach(cleanup);

describe('useReadAt', () => {
  it('keeps the last read time while placeholder data (read time 0) is shown, then takes the new one', () => {
    const { result, rerender } = renderHook(({ at }) => useReadAt(at), {
      initialProps: { at: 1_000 },
    });
    expect(result.current).toBe(1_000);
    rerender({ at: 0 });
    expect(result.current).toBe(1_000);
    rerender({ at: 2_000 });
    expect(result.current).toBe(2_000);
  });
});
