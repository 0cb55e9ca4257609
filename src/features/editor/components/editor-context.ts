import { createContext, useContext, type FormEvent } from 'react';
import type { Experiment, ExperimentStatus } from '@/shared';

/** What the editor may change, known once per experiment: sub-editors read it instead of props. */
export interface EditorMode {
  kind: 'create' | 'edit';
  /** Viewer (or no) access: every input is read-only. */
  readOnly: boolean;
  /** Launched (not a draft): variant keys and the holdout are locked, split changes ask about the flag. */
  launched: boolean;
  status: ExperimentStatus | null;
  /** The experiment as last loaded or saved (undefined while creating). */
  base: Experiment | undefined;
}

export const EditorModeContext = createContext<EditorMode>({
  kind: 'create',
  readOnly: false,
  launched: false,
  status: null,
  base: undefined,
});

export function useEditorMode(): EditorMode {
  return useContext(EditorModeContext);
}

/**
 * Saves the editor from any of its `<form>` elements. Each section is a form of its own (see
 * form-section.tsx), so Enter in a field and the save bar's button all land here.
 */
export const EditorSubmitContext = createContext<(event: FormEvent<HTMLFormElement>) => void>(
  (event) => event.preventDefault(),
);
