import { EDITOR_API_FIELDS, formFieldsOf, type EditorApiField } from '../form/api-fields';
import type { EditorValues } from '../form/editor-values';
import { isDeepEqual } from '../utils/deep-equal';

/**
 * Fields a person can tell apart in a conflict. The ordering arrays travel with their metric lists; the
 * flag key and type never change after creation.
 */
export const CONFLICT_FIELDS: readonly EditorApiField[] = EDITOR_API_FIELDS.filter(
  (field) =>
    ![
      'primary_metrics_ordered_uuids',
      'secondary_metrics_ordered_uuids',
      'feature_flag_key',
      'type',
    ].includes(field),
);

export interface FieldConflict {
  field: EditorApiField;
  changedThere: boolean;
  changedHere: boolean;
  /** Both sides changed it to different values: the person chooses. */
  needsChoice: boolean;
}

function group(values: EditorValues, field: EditorApiField) {
  return formFieldsOf(field).map((formField) => values[formField]);
}

export function sameField(a: EditorValues, b: EditorValues, field: EditorApiField): boolean {
  return isDeepEqual(group(a, field), group(b, field));
}

/**
 * What moved on the server since the form was loaded (`base` → `server`) against what the person changed
 * (`changedHere`, from dirtyFields). Only fields changed on the server are listed.
 */
export function findConflicts(
  base: EditorValues,
  server: EditorValues,
  mine: EditorValues,
  changedHere: ReadonlySet<EditorApiField>,
): FieldConflict[] {
  return CONFLICT_FIELDS.filter((field) => !sameField(base, server, field)).map((field) => {
    const here = changedHere.has(field);
    return {
      field,
      changedThere: true,
      changedHere: here,
      needsChoice: here && !sameField(mine, server, field),
    };
  });
}

/**
 * The form after the person chose: the server's values everywhere, except fields they changed that the
 * server did not touch, and fields where they chose to keep theirs.
 */
export function rebaseValues(
  server: EditorValues,
  mine: EditorValues,
  changedHere: ReadonlySet<EditorApiField>,
  keepMine: ReadonlySet<EditorApiField>,
  conflicts: readonly FieldConflict[],
): EditorValues {
  const changedThere = new Set(conflicts.map((c) => c.field));
  const merged: EditorValues = { ...server };
  for (const field of changedHere) {
    if (changedThere.has(field) && !keepMine.has(field)) continue;
    for (const formField of formFieldsOf(field)) {
      (merged as unknown as Record<string, unknown>)[formField] = mine[formField];
    }
  }
  return merged;
}
