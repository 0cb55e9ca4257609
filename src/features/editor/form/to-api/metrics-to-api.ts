import type { Experiment } from '@/shared';
import type { MetricValue, SavedMetricLinkValue } from '../editor-values';
import { savedMetricLinksOf } from '../experiment-to-form';

/**
 * `*_metrics_ordered_uuids` follow the inline metrics' order in the form. Uuids that belong to shared
 * metrics (not inline) keep their place after them; PostHog appends any it is missing.
 */
export function orderedUuidsToApi(
  metrics: readonly MetricValue[],
  original: readonly string[] | null | undefined,
  originalInline: readonly unknown[] | null | undefined,
  isNew: boolean,
): string[] | null | undefined {
  const inline = metrics.map((m) => m.uuid);
  const wasInline = new Set((originalInline ?? []).map((m) => (m as { uuid?: string }).uuid));
  const shared = (original ?? []).filter((u) => !wasInline.has(u) && !inline.includes(u));
  const result = [...inline, ...shared];
  // PostHog keeps null until something was ordered; an experiment without metrics stays that way.
  if (!isNew && original == null && result.length === 0) return original;
  return result;
}

/** Form links → `saved_metrics_ids` (a full replace on PostHog's side). */
export function savedMetricIdsToApi(
  links: readonly SavedMetricLinkValue[],
  base: Experiment | undefined,
) {
  // PostHog renders saved_metrics_ids as null and the links in saved_metrics: unchanged links stay null.
  if (base && base.saved_metrics_ids == null) {
    const before = savedMetricLinksOf(base);
    const same =
      before.length === links.length &&
      before.every((l, i) => l.id === links[i]?.id && l.type === links[i]?.type);
    if (same) return base.saved_metrics_ids;
  }
  return links.map((link) => ({ id: link.id, metadata: { type: link.type } }));
}
