import type { Experiment } from '@/shared';
import { CREATE_ONLY_FIELDS, type EditorApiField } from '../form/api-fields';
import type { EditorValues } from '../form/editor-values';
import { experimentToForm } from '../form/experiment-to-form';
import { findConflicts, rebaseValues, type FieldConflict } from '../conflict/field-conflicts';
import { isDeepEqual } from '../utils/deep-equal';

export interface ConflictQuestion {
  conflicts: FieldConflict[];
  mine: EditorValues;
  theirs: EditorValues;
}

/** What the person changed, as API fields PostHog lets an update touch. */
export function updatableFields(changed: readonly EditorApiField[]): EditorApiField[] {
  return changed.filter((field) => !CREATE_ONLY_FIELDS.includes(field));
}

/** The server moved since the form was loaded: what changed there, against what changed here. */
export function conflictQuestion(
  base: Experiment,
  server: Experiment,
  mine: EditorValues,
  changed: readonly EditorApiField[],
): ConflictQuestion {
  const theirs = experimentToForm(server);
  return {
    conflicts: findConflicts(experimentToForm(base), theirs, mine, new Set(changed)),
    mine,
    theirs,
  };
}

/** After the person chose field by field: the merged form, and the fields still to send. */
export function resolveConflict(
  question: ConflictQuestion,
  changed: readonly EditorApiField[],
  keepMine: ReadonlySet<EditorApiField>,
): { values: EditorValues; fields: EditorApiField[] } {
  const changedSet = new Set(changed);
  const values = rebaseValues(
    question.theirs,
    question.mine,
    changedSet,
    keepMine,
    question.conflicts,
  );
  const changedThere = new Set(question.conflicts.map((c) => c.field));
  return {
    values,
    fields: changed.filter((field) => !changedThere.has(field) || keepMine.has(field)),
  };
}

/**
 * A launched experiment's flag follows the split only when asked (update_feature_flag_params). Names and
 * the minimum detectable effect do not touch who sees what, so only percents and rollout count.
 */
export function splitChanged(values: EditorValues, base: Experiment): boolean {
  const before = experimentToForm(base);
  const percents = (v: EditorValues) => v.variants.map((x) => [x.key, x.percent]);
  return (
    !isDeepEqual(percents(values), percents(before)) ||
    values.rolloutPercent !== before.rolloutPercent
  );
}
