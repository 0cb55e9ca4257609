import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Experiment } from '@/shared';
import type { EditorValues } from '../form/editor-values';
import { experimentToForm } from '../form/experiment-to-form';
import { emptyEditorValues } from '../form/editor-values';
import { isDeepEqual } from '../utils/deep-equal';
import { clearDraft, readDraft, type DraftId, type EditorDraft } from './draft-storage';

/** A draft worth offering: for this experiment, and different from what is loaded now. */
function offerableDraft(id: DraftId, experiment: Experiment | undefined): EditorDraft | null {
  const draft = readDraft(id);
  if (!draft) return null;
  if (experiment && draft.base && draft.base.id !== experiment.id) return null;
  const loaded = experiment ? experimentToForm(experiment) : emptyEditorValues();
  return isDeepEqual(draft.values, loaded) ? null : draft;
}

/**
 * The draft this tab left unsaved, read once when the editor opens. Restoring puts its values back as
 * unsaved changes on top of the experiment the draft was made from, so saving still checks for changes
 * made elsewhere since then.
 */
export function useDraftOffer(
  id: DraftId,
  experiment: Experiment | undefined,
  form: UseFormReturn<EditorValues>,
  setBase: (experiment: Experiment) => void,
) {
  const [draft, setDraft] = useState(() => offerableDraft(id, experiment));
  const restore = () => {
    if (!draft) return;
    if (experiment && draft.base) {
      setBase(draft.base);
      form.reset(experimentToForm(draft.base));
    }
    form.reset(draft.values, { keepDefaultValues: true });
    setDraft(null);
  };
  const discard = () => {
    clearDraft(id);
    setDraft(null);
  };
  return { draft, restore, discard };
}
