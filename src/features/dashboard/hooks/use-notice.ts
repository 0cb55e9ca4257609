import { useCallback, useRef, useState } from 'react';

export interface NoticeInput {
  message: string;
  severity?: 'success' | 'info' | 'error';
  /** A real undo (PostHog's delete and archive are reversible), offered as the snackbar's button. */
  undo?: () => void;
}
export interface Notice extends NoticeInput {
  /** A new notice replaces the old one even when the message repeats. */
  id: number;
}

export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  const nextId = useRef(0);
  const show = useCallback((input: NoticeInput) => {
    nextId.current += 1;
    setNotice({ ...input, id: nextId.current });
  }, []);
  const close = useCallback(() => setNotice(null), []);
  return { notice, show, close };
}
