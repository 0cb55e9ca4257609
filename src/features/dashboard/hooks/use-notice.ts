import { useCallback } from 'react';
import { useNotify } from '@/lib/notice/notice-context';

export interface NoticeInput {
  message: string;
  severity?: 'success' | 'info' | 'error';
  /** A real undo (PostHog's delete and archive are reversible), offered as the notice's button. */
  undo?: () => void;
}

/**
 * The dashboard's way of raising the app-wide notice (src/lib/notice), so an Undo survives opening an
 * experiment. The dashboard hands this `show` down as a prop (rows, cards, menus, Needs attention), and
 * every action there offers at most an Undo: `{ message, undo }` keeps those call sites to one line.
 */
export function useNotice() {
  const notify = useNotify();
  const show = useCallback(
    ({ message, severity = 'info', undo }: NoticeInput) =>
      notify({ message, severity, action: undo && { label: 'Undo', onClick: undo } }),
    [notify],
  );
  return { show };
}
