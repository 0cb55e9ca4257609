import type { ActivityChange, ActivityLogEntry } from '../schemas/activity';
import { metricEventNames } from './metrics';
import { variantPercent, type SplitVariant } from './split';

/**
 * "Moving the goalposts": edits made to a running experiment that change what its result means. Ending it
 * without looking at them invites a conclusion the original set-up would not support, so the end dialog
 * lists them from the activity log and the PM acknowledges them.
 */
export type GoalpostKind =
  | 'metric_added'
  | 'metric_removed'
  | 'metric_changed'
  | 'split_changed'
  | 'rollout_changed'
  | 'mde_changed'
  | 'holdout_changed'
  | 'exposure_changed'
  | 'dates_changed'
  | 'stats_changed';

export interface GoalpostChange {
  kind: GoalpostKind;
  /** One line a person can read: "Primary metric added: Revenue". */
  summary: string;
  /** For date edits: the ISO values, so the UI can format them in the reader's locale. */
  before?: string | null;
  after?: string | null;
  at: string;
  by: ActivityLogEntry['user'];
}

type Finding = Omit<GoalpostChange, 'at' | 'by'>;
type Metric = Record<string, unknown>;

const METRIC_LISTS: Record<string, string> = { metrics: 'Primary', metrics_secondary: 'Secondary' };

/** A metric's own name, else the event it reads, so "Metric added: purchase_completed" still says something. */
export function metricDisplayName(metric: unknown): string {
  const m = (metric ?? {}) as Metric;
  if (typeof m.name === 'string' && m.name.trim()) return m.name.trim();
  return metricEventNames([m])[0] ?? 'Unnamed metric';
}

const asList = (value: unknown): Metric[] =>
  Array.isArray(value) ? value.filter((m): m is Metric => !!m && typeof m === 'object') : [];

// The server adds a fingerprint on every write; it says nothing about what the metric measures.
const metricContent = ({ fingerprint: _fingerprint, ...rest }: Metric) => JSON.stringify(rest);

function metricFindings(change: ActivityChange): Finding[] {
  const list = METRIC_LISTS[change.field ?? ''] ?? 'Primary';
  const before = asList(change.before);
  const after = asList(change.after);
  const identity = (m: Metric) => (typeof m.uuid === 'string' ? m.uuid : metricContent(m));
  const beforeById = new Map(before.map((m) => [identity(m), m]));
  const afterIds = new Set(after.map(identity));
  const findings: Finding[] = [];
  for (const metric of after) {
    const previous = beforeById.get(identity(metric));
    if (!previous) {
      findings.push({
        kind: 'metric_added',
        summary: `${list} metric added: ${metricDisplayName(metric)}`,
      });
    } else if (metricContent(previous) !== metricContent(metric)) {
      findings.push({
        kind: 'metric_changed',
        summary: `${list} metric changed: ${metricDisplayName(metric)}`,
      });
    }
  }
  for (const metric of before) {
    if (!afterIds.has(identity(metric))) {
      findings.push({
        kind: 'metric_removed',
        summary: `${list} metric removed: ${metricDisplayName(metric)}`,
      });
    }
  }
  return findings;
}

/** A linked shared metric as the server's activity log names it (field `saved_metrics`). */
type SharedMetricLink = { id: number; name: string; type: 'primary' | 'secondary' };

const asLinks = (value: unknown): SharedMetricLink[] =>
  Array.isArray(value)
    ? value.filter((l): l is SharedMetricLink => !!l && typeof l === 'object' && 'id' in l)
    : [];
const listName = (link: SharedMetricLink) => (link.type === 'secondary' ? 'Secondary' : 'Primary');

function sharedMetricFindings(change: ActivityChange): Finding[] {
  const before = new Map(asLinks(change.before).map((l) => [l.id, l]));
  const after = asLinks(change.after);
  const findings: Finding[] = [];
  for (const link of after) {
    const previous = before.get(link.id);
    before.delete(link.id);
    if (!previous) {
      findings.push({
        kind: 'metric_added',
        summary: `${listName(link)} shared metric added: ${link.name}`,
      });
    } else if (previous.type !== link.type) {
      findings.push({
        kind: 'metric_changed',
        summary: `Shared metric moved to ${listName(link).toLowerCase()}: ${link.name}`,
      });
    }
  }
  for (const link of before.values()) {
    findings.push({
      kind: 'metric_removed',
      summary: `${listName(link)} shared metric removed: ${link.name}`,
    });
  }
  return findings;
}

type Parameters = {
  feature_flag_variants?: SplitVariant[] | null;
  rollout_percentage?: number | null;
  minimum_detectable_effect?: number | null;
};

const describeSplit = (variants: SplitVariant[] | null | undefined) =>
  (variants ?? []).map((v) => `${v.key} ${variantPercent(v)}\u00a0%`).join(', ') || 'default';

function parameterFindings(change: ActivityChange): Finding[] {
  const before = (change.before ?? {}) as Parameters;
  const after = (change.after ?? {}) as Parameters;
  const findings: Finding[] = [];
  const splitBefore = describeSplit(before.feature_flag_variants);
  const splitAfter = describeSplit(after.feature_flag_variants);
  if (splitBefore !== splitAfter) {
    findings.push({
      kind: 'split_changed',
      summary: `Split changed: ${splitBefore} → ${splitAfter}`,
    });
  }
  // A missing rollout means everyone who matches the flag enters (PostHog's default of 100 %).
  const rolloutBefore = before.rollout_percentage ?? 100;
  const rolloutAfter = after.rollout_percentage ?? 100;
  if (rolloutBefore !== rolloutAfter) {
    findings.push({
      kind: 'rollout_changed',
      summary: `Rollout changed: ${rolloutBefore}\u00a0% → ${rolloutAfter}\u00a0% of users`,
    });
  }
  const mde = (p: Parameters) =>
    p.minimum_detectable_effect == null ? 'not set' : `${p.minimum_detectable_effect}\u00a0%`;
  if (mde(before) !== mde(after)) {
    findings.push({
      kind: 'mde_changed',
      summary: `Minimum detectable effect changed: ${mde(before)} → ${mde(after)}`,
    });
  }
  return findings;
}

const DATE_LABELS: Record<string, string> = { start_date: 'Start date', end_date: 'End date' };

function changeFindings(change: ActivityChange): Finding[] {
  const field = change.field ?? '';
  if (field in METRIC_LISTS) return metricFindings(change);
  if (field === 'saved_metrics') return sharedMetricFindings(change);
  if (field === 'parameters') return parameterFindings(change);
  if (field === 'holdout_id') return [{ kind: 'holdout_changed', summary: 'Holdout changed' }];
  if (field === 'exposure_criteria')
    return [{ kind: 'exposure_changed', summary: 'Exposure criteria edited' }];
  if (field === 'stats_config')
    return [{ kind: 'stats_changed', summary: 'Statistics settings changed' }];
  if (field in DATE_LABELS) {
    // Setting the first start date is the launch itself (a PATCH-based launch), not an edit after it.
    if (field === 'start_date' && change.before == null) return [];
    return [
      {
        kind: 'dates_changed',
        summary: `${DATE_LABELS[field]} edited`,
        before: typeof change.before === 'string' ? change.before : null,
        after: typeof change.after === 'string' ? change.after : null,
      },
    ];
  }
  return [];
}

/**
 * Every goalpost moved since `launchedAt`, oldest first. Only edits count ("updated" entries): lifecycle
 * actions such as pause and resume are not changes to the set-up. A relaunch after a reset starts afresh,
 * because its new start date is later than the edits made before it.
 */
export function goalpostChanges(
  entries: readonly ActivityLogEntry[],
  launchedAt: string | null | undefined,
): GoalpostChange[] {
  if (!launchedAt) return [];
  const launched = Date.parse(launchedAt);
  return entries
    .filter((entry) => entry.activity === 'updated' && Date.parse(entry.created_at) >= launched)
    .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at))
    .flatMap((entry) =>
      (entry.detail?.changes ?? [])
        .flatMap(changeFindings)
        .map((finding) => ({ ...finding, at: entry.created_at, by: entry.user })),
    );
}
