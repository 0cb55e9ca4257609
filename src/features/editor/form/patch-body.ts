import type { Experiment, PatchedExperimentInput } from '@/shared';
import {
  API_FIELD_SOURCES,
  CREATE_ONLY_FIELDS,
  EDITOR_API_FIELDS,
  type EditorApiField,
} from './api-fields';
import type { EditorValues } from './editor-values';
import { formToExperiment } from './form-to-experiment';

/** react-hook-form's dirtyFields: booleans, nested like the values (arrays of objects for arrays). */
export type DirtyFields = Partial<Record<keyof EditorValues, unknown>>;

/** True when any leaf of a dirtyFields branch is true. */
export function isBranchDirty(branch: unknown): boolean {
  if (branch === true) return true;
  if (Array.isArray(branch)) return branch.some(isBranchDirty);
  if (branch && typeof branch === 'object') return Object.values(branch).some(isBranchDirty);
  return false;
}

/** The API fields whose form fields changed, in a stable order. */
export function changedApiFields(dirtyFields: DirtyFields): EditorApiField[] {
  return EDITOR_API_FIELDS.filter((apiField) =>
    API_FIELD_SOURCES[apiField].some((formField) => isBranchDirty(dirtyFields[formField])),
  );
}

/** The PATCH body for these API fields (fields PostHog never updates are left out). */
export function patchBodyFor(
  values: EditorValues,
  fields: readonly EditorApiField[],
  base: Experiment,
): PatchedExperimentInput {
  const full = formToExperiment(values, base);
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    if (CREATE_ONLY_FIELDS.includes(field)) continue;
    body[field] = full[field] ?? null;
  }
  return body as PatchedExperimentInput;
}

/**
 * The PATCH body: only the API fields whose inputs the person changed. Editing the description sends
 * `{"description": ...}` and nothing else.
 */
export function buildPatchBody(
  values: EditorValues,
  dirtyFields: DirtyFields,
  base: Experiment,
): PatchedExperimentInput {
  return patchBodyFor(values, changedApiFields(dirtyFields), base);
}
