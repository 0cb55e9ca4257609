import { useEffect, useState } from 'react';

/**
 * False on the first render, true just after it has been committed and painted: work that must not delay
 * the rows (their results) waits for this.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setPainted(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return painted;
}
