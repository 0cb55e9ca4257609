import { Experiment } from '@/shared';
import type { EditorValues } from '../form/editor-values';
import { actionRefOf } from '../form/action-node';
import { DRAFT_PREFIX } from './draft-keys';

/**
 * Unsaved forms live in sessionStorage: they survive a reload or an accidental close-and-reopen of the tab,
 * and never leak into another tab or outlive the session.
 */
export interface EditorDraft {
  values: EditorValues;
  /** The experiment the draft was made from (null when creating): the base for the conflict check. */
  base: Experiment | null;
  savedAt: string;
}

export type DraftId = number | 'new';

const keyOf = (id: DraftId) => `${DRAFT_PREFIX}${id}`;

/** The form as stored: drafts written before the exposure could be an action lack `exposureAction`. */
type StoredValues = Omit<EditorValues, 'exposureAction'> &
  Partial<Pick<EditorValues, 'exposureAction'>>;

/**
 * The form of that time showed an action exposure (set in PostHog) as a custom exposure with no event, and
 * saved it unchanged: such a draft means the base's action; any other means none.
 */
function withExposureAction(values: StoredValues, base: Experiment | null): EditorValues {
  const { exposureAction } = values;
  if (exposureAction !== undefined) return { ...values, exposureAction };
  const kept = values.customExposure && !values.exposureEvent;
  const action = kept ? actionRefOf(base?.exposure_criteria?.exposure_config) : null;
  return { ...values, exposureAction: action };
}

export function readDraft(id: DraftId): EditorDraft | null {
  try {
    const raw = sessionStorage.getItem(keyOf(id));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<
      Omit<EditorDraft, 'values'> & { values: StoredValues }
    >;
    if (!parsed.values || typeof parsed.values !== 'object' || typeof parsed.savedAt !== 'string') {
      return null;
    }
    const base = parsed.base == null ? null : Experiment.safeParse(parsed.base);
    if (base && !base.success) return null;
    const baseExperiment = base?.data ?? null;
    return {
      values: withExposureAction(parsed.values, baseExperiment),
      base: baseExperiment,
      savedAt: parsed.savedAt,
    };
  } catch {
    // Storage disabled or a corrupt entry: there is simply no draft to offer.
    return null;
  }
}

export function writeDraft(id: DraftId, draft: EditorDraft): void {
  try {
    sessionStorage.setItem(keyOf(id), JSON.stringify(draft));
  } catch {
    // Full or disabled storage: the leave-page guard still protects the work in memory.
  }
}

export function clearDraft(id: DraftId): void {
  try {
    sessionStorage.removeItem(keyOf(id));
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
