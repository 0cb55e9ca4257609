import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Experiment } from '@/shared';
import { experimentQueryOptions } from '@/features/experiments/api/get-experiment';
import {
  useCreateExperiment,
  useUpdateExperiment,
} from '@/features/experiments/api/experiment-mutations';
import { clearDraft } from '../draft/draft-storage';
import type { EditorApiField } from '../form/api-fields';
import { editorSchema } from '../form/editor-schema';
import type { EditorValues } from '../form/editor-values';
import { experimentToForm } from '../form/experiment-to-form';
import { formToExperiment } from '../form/form-to-experiment';
import { changedApiFields, patchBodyFor } from '../form/patch-body';
import { getFlagExperiments } from '@/features/experiments/api/get-flag-experiments';
import { requestBodyProblem } from './body-check';
import { landClientProblem, landError } from './land-error';
import { draftFlagRewrite, liveFlagQuestion, type LiveFlagQuestion } from './live-flag-question';
import {
  conflictQuestion,
  resolveConflict,
  splitChanged,
  updatableFields,
  type ConflictQuestion,
} from './prepare-update';
import { typedMeanwhile } from './typed-meanwhile';
import { usePendingQuestion } from './use-pending-question';

export type SavePhase = 'idle' | 'checking' | 'saving';

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

  const fail = (error: unknown) => {
    const landing = landError(form, error);
    if (landing.kind === 'forbidden') setForbidden(landing.message);
    if (landing.kind === 'unknown-events') setUnknownEvents(landing.events);
  };
  /** The same rules the server runs, on the exact body; false (and the problem shown) if it would fail. */
  const passesServerRules = (body: Record<string, unknown>, mode: 'create' | 'update') => {
    const problem = requestBodyProblem(body, mode);
    if (problem) landClientProblem(form, problem);
    return !problem;
  };

  async function createFlow(values: EditorValues, allowUnknownEvents: boolean) {
    const body = {
      ...formToExperiment(values),
      ...(allowUnknownEvents && { allow_unknown_events: true }),
    };
    if (!passesServerRules(body, 'create')) return;
    setPhase('saving');
    try {
      const saved = await create.mutateAsync(body as Parameters<typeof create.mutateAsync>[0]);
      clearDraft('new');
      form.reset(experimentToForm(saved));
      onCreated(saved);
    } catch (error) {
      fail(error);
    } finally {
      setPhase('idle');
    }
  }

  async function updateFlow(
    loaded: Experiment,
    formValues: EditorValues,
    allowUnknownEvents: boolean,
  ) {
    let values = formValues;
    let current = loaded;
    // The form as it was on screen when sent (before the schema trimmed anything), to tell what is typed
    // while the request is on its way. A copy: react-hook-form updates its values object in place.
    let onScreen = structuredClone(form.getValues());
    let fields = updatableFields(changedApiFields(form.control._formState.dirtyFields));
    if (fields.length === 0) return setNotice('There are no changes to save.');
    setPhase('checking');
    try {
      const server = await queryClient.fetchQuery({
        ...experimentQueryOptions(loaded.id),
        staleTime: 0,
      });
      if (server.updated_at !== loaded.updated_at) {
        setPhase('idle');
        const question = conflictQuestion(loaded, server, values, fields);
        const keepMine = await conflict.ask(question);
        if (!keepMine) return;
        const resolved = resolveConflict(question, fields, keepMine);
        ({ values, fields } = resolved);
        current = server;
        setBase(server);
        form.reset(question.theirs);
        form.reset(values, { keepDefaultValues: true });
        onScreen = structuredClone(form.getValues());
        if (!editorSchema.safeParse(values).success) return void form.trigger();
        if (fields.length === 0)
          return setNotice('Nothing left to save: the experiment now has the server’s values.');
      }
      const body: Record<string, unknown> = patchBodyFor(values, fields, current);
      if (current.start_date && 'parameters' in body && splitChanged(values, current)) {
        setPhase('idle');
        const syncFlag = await flagSync.ask(true);
        if (syncFlag === null) return;
        if (syncFlag) body.update_feature_flag_params = true;
      }
      // The freshly fetched flag: it can be switched on or shipped without the experiment changing.
      const rewrite = draftFlagRewrite(server, body);
      if (rewrite) {
        const question = liveFlagQuestion(
          current,
          rewrite,
          await getFlagExperiments(rewrite.flagId, { withArchived: true }),
        );
        if (question) {
          setPhase('idle');
          if (!(await liveFlag.ask(question))) return;
        }
      }
      if (allowUnknownEvents && ('metrics' in body || 'metrics_secondary' in body))
        body.allow_unknown_events = true;
      if (!passesServerRules(body, 'update')) return;
      setPhase('saving');
      const saved = await update.mutateAsync({ id: current.id, body });
      setBase(saved);
      // The saved experiment becomes the form's baseline; what was typed during the save stays on screen,
      // unsaved (so it stays in the draft too).
      const meanwhile = typedMeanwhile(onScreen, form.getValues());
      form.reset(experimentToForm(saved));
      if (Object.keys(meanwhile).length > 0) {
        form.reset({ ...form.getValues(), ...meanwhile }, { keepDefaultValues: true });
      } else {
        clearDraft(saved.id);
      }
      setNotice('Changes saved.');
    } catch (error) {
      fail(error);
    } finally {
      setPhase('idle');
    }
  }

  const save = (allowUnknownEvents = false) => {
    setForbidden(null);
    setUnknownEvents(null);
    void form.handleSubmit((values) =>
      base ? updateFlow(base, values, allowUnknownEvents) : createFlow(values, allowUnknownEvents),
    )();
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
