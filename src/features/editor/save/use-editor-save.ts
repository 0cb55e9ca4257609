import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Experiment } from '@/shared';
import {
  useCreateExperiment,
  useUpdateExperiment,
} from '@/features/experiments/api/experiment-mutations';
import type * as OnDemand from '../components/on-demand';
import { UNREACHABLE_MESSAGE } from '@/lib/api-client';
import { preloadEditorParts } from '../components/load-editor-parts';
import type { EditorApiField } from '../form/api-fields';
import type { EditorValues } from '../form/editor-values';
import type { LiveFlagQuestion } from './live-flag-question';
import type { ConflictQuestion } from './prepare-update';
import type { SaveContext, SavePhase } from './save-flow';
import { usePendingQuestion } from './use-pending-question';

export type { SavePhase } from './save-flow';

// The save step's code is downloaded with the editor's on-demand parts: failing that is failing to reach
// the server.
const SAVE_CODE_FAILED = `Not saved: ${UNREACHABLE_MESSAGE} Your changes are still here.`;

interface EditorSaveOptions {
  form: UseFormReturn<EditorValues>;
  base: Experiment | undefined;
  setBase: (experiment: Experiment) => void;
  onCreated: (experiment: Experiment) => void;
}

/**
 * Saving, start to finish. Create POSTs the full body. Edit refetches first and, if the experiment moved
 * on the server, asks field by field; asks before changing a launched flag's split, or a draft's flag that
 * is on or shared (a draft's flag follows its split on every save); then PATCHes only the changed
 * fields. Every failure keeps the form as it is and lands on its field.
 */
export function useEditorSave({ form, base, setBase, onCreated }: EditorSaveOptions) {
  const queryClient = useQueryClient();
  const create = useCreateExperiment();
  const update = useUpdateExperiment();
  // react-hook-form keeps dirtyFields only while someone subscribes to them. A subscription, not
  // useFormState: that would re-render the whole page on every keystroke in a watched field.
  useEffect(
    () => form.subscribe({ formState: { dirtyFields: true }, callback: () => undefined }),
    [form],
  );
  const [phase, setPhase] = useState<SavePhase>('idle');
  const [notice, setNotice] = useState<string | null>(null);
  const [forbidden, setForbidden] = useState<string | null>(null);
  const [unknownEvents, setUnknownEvents] = useState<string[] | null>(null);
  const conflict = usePendingQuestion<ConflictQuestion, Set<EditorApiField> | null>();
  const flagSync = usePendingQuestion<true, boolean | null>();
  const liveFlag = usePendingQuestion<LiveFlagQuestion, boolean>();

  const context: SaveContext = {
    form,
    queryClient,
    create,
    update,
    setBase,
    onCreated,
    setPhase,
    setNotice,
    setForbidden,
    setUnknownEvents,
    conflict,
    flagSync,
    liveFlag,
  };
  const save = (allowUnknownEvents = false) => {
    setForbidden(null);
    setUnknownEvents(null);
    void form.handleSubmit(async (values) => {
      // The flow's code comes with the editor's on-demand parts, loaded once the form is dirty.
      let flow: typeof OnDemand;
      try {
        flow = await preloadEditorParts();
      } catch {
        form.setError('root.server', { type: 'server', message: SAVE_CODE_FAILED });
        return;
      }
      await (base
        ? flow.updateFlow(context, base, values, allowUnknownEvents)
        : flow.createFlow(context, values, allowUnknownEvents));
    })();
  };

  return {
    save,
    phase,
    notice,
    clearNotice: () => setNotice(null),
    forbidden,
    unknownEvents,
    dismissUnknownEvents: () => setUnknownEvents(null),
    conflict,
    flagSync,
    liveFlag,
  };
}
