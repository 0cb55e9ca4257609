import { useEffect, useLayoutEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Experiment } from '@/shared';
import type { EditorValues } from '../form/editor-values';
import { clearDraft, writeDraft, type DraftId, type EditorDraft } from './draft-storage';

const SAVE_DELAY_MS = 400;

/**
 * Keeps the unsaved form in sessionStorage while it differs from what was loaded, written once typing
 * pauses, and at once when the page goes away (leaving, closing the tab) so the last keystrokes survive.
 * A form back to its saved state clears it.
 */
export function useDraftAutosave(
  form: UseFormReturn<EditorValues>,
  id: DraftId,
  base: Experiment | undefined,
  enabled: boolean,
) {
  // The base is read when the draft is written, not when typing happened: a save that lands while the
  // person types sets a new base just after the form was reset onto it, and the draft must carry that one.
  const baseRef = useRef(base ?? null);
  useLayoutEffect(() => {
    baseRef.current = base ?? null;
  }, [base]);
  useEffect(() => {
    if (!enabled) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: Omit<EditorDraft, 'base'> | null = null;
    const flush = () => {
      clearTimeout(timer);
      if (pending) writeDraft(id, { ...pending, base: baseRef.current });
      pending = null;
    };
    const unsubscribe = form.subscribe({
      formState: { values: true, isDirty: true },
      callback: ({ values, isDirty }) => {
        clearTimeout(timer);
        if (!isDirty) {
          pending = null;
          clearDraft(id);
          return;
        }
        pending = { values, savedAt: new Date().toISOString() };
        timer = setTimeout(flush, SAVE_DELAY_MS);
      },
    });
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      unsubscribe();
      window.removeEventListener('pagehide', flush);
    };
  }, [form, id, enabled]);
}
