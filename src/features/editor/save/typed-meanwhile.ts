import type { EditorValues } from '../form/editor-values';

/**
 * The form's fields a person changed while a save was on its way: those whose value now differs from the
 * values that were sent. Compared field by field (a variant list or a metric list is one field).
 */
export function typedMeanwhile(sent: EditorValues, now: EditorValues): Partial<EditorValues> {
  const changed: Partial<EditorValues> = {};
  for (const field of Object.keys(now) as (keyof EditorValues)[]) {
    if (JSON.stringify(now[field]) !== JSON.stringify(sent[field])) {
      Object.assign(changed, { [field]: now[field] });
    }
  }
  return changed;
}
