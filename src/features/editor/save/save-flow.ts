import type { QueryClient } from '@tanstack/react-query';
import type { UseFormReturn } from 'react-hook-form';
import type { Experiment } from '@/shared';
import { experimentQueryOptions } from '@/features/experiments/api/get-experiment';
import type {
  useCreateExperiment,
  useUpdateExperiment,
} from '@/features/experiments/api/experiment-mutations';
import { getFlagExperiments } from '@/features/experiments/api/get-flag-experiments';
import { clearDraft } from '../draft/draft-storage';
import type { EditorApiField } from '../form/api-fields';
import { editorSchema } from '../form/editor-schema';
import type { EditorValues } from '../form/editor-values';
import { experimentToForm } from '../form/experiment-to-form';
import { formToExperiment } from '../form/form-to-experiment';
import { changedApiFields, patchBodyFor } from '../form/patch-body';
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

export type SavePhase = 'idle' | 'checking' | 'saving';

/** What the save flow reads and sets on the page: use-editor-save.ts holds it. */
export interface SaveContext {
  form: UseFormReturn<EditorValues>;
  queryClient: QueryClient;
  create: ReturnType<typeof useCreateExperiment>;
  update: ReturnType<typeof useUpdateExperiment>;
  setBase: (experiment: Experiment) => void;
  onCreated: (experiment: Experiment) => void;
  setPhase: (phase: SavePhase) => void;
  setNotice: (notice: string) => void;
  setForbidden: (message: string) => void;
  setUnknownEvents: (events: string[]) => void;
  conflict: { ask: (question: ConflictQuestion) => Promise<Set<EditorApiField> | null> };
  flagSync: { ask: (question: true) => Promise<boolean | null> };
  liveFlag: { ask: (question: LiveFlagQuestion) => Promise<boolean> };
}

function fail(context: SaveContext, error: unknown) {
  const landing = landError(context.form, error);
  if (landing.kind === 'forbidden') context.setForbidden(landing.message);
  if (landing.kind === 'unknown-events') context.setUnknownEvents(landing.events);
}

/** The same rules the server runs, on the exact body; false (and the problem shown) if it would fail. */
function passesServerRules(
  context: SaveContext,
  body: Record<string, unknown>,
  mode: 'create' | 'update',
) {
  const problem = requestBodyProblem(body, mode);
  if (problem) landClientProblem(context.form, problem);
  return !problem;
}

export async function createFlow(
  context: SaveContext,
  values: EditorValues,
  allowUnknownEvents: boolean,
) {
  const { form, create, setPhase } = context;
  const body = {
    ...formToExperiment(values),
    ...(allowUnknownEvents && { allow_unknown_events: true }),
  };
  if (!passesServerRules(context, body, 'create')) return;
  setPhase('saving');
  try {
    const saved = await create.mutateAsync(body as Parameters<typeof create.mutateAsync>[0]);
    clearDraft('new');
    form.reset(experimentToForm(saved));
    context.onCreated(saved);
  } catch (error) {
    fail(context, error);
  } finally {
    setPhase('idle');
  }
}

export async function updateFlow(
  context: SaveContext,
  loaded: Experiment,
  formValues: EditorValues,
  allowUnknownEvents: boolean,
) {
  const { form, queryClient, update, setBase, setPhase, setNotice } = context;
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
      const keepMine = await context.conflict.ask(question);
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
      const syncFlag = await context.flagSync.ask(true);
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
        if (!(await context.liveFlag.ask(question))) return;
      }
    }
    if (allowUnknownEvents && ('metrics' in body || 'metrics_secondary' in body))
      body.allow_unknown_events = true;
    if (!passesServerRules(context, body, 'update')) return;
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
    fail(context, error);
  } finally {
    setPhase('idle');
  }
}
