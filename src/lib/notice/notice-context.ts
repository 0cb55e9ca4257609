import { createContext, useContext } from 'react';

export interface Notice {
  message: string;
  severity: 'success' | 'info' | 'error';
  /** One action next to the message, such as Undo. */
  action?: { label: string; onClick: () => void };
}

export type Notify = (notice: Notice) => void;

export const NoticeContext = createContext<Notify | null>(null);

/**
 * Tells the person what an action did (or why it failed) in the app's one snackbar. It lives above the
 * routes, so a notice and its Undo outlive the dialog, the row and the page that raised it.
 */
export function useNotify(): Notify {
  const notify = useContext(NoticeContext);
  if (!notify) throw new Error('useNotify needs a <NoticeProvider> above it.');
  return notify;
}
