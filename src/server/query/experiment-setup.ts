import type { ExposureCriteria } from '@/shared';
import { parseJson } from '../db/rows';
import { validationError } from '../http/problem';
import type { RequestContext } from '../services/context';
import { loadExperiment, type ExperimentRow } from '../services/experiments/row';
import { flagFilters, loadFlag } from '../services/feature-flags';
import type { PropertyFilterLike } from './sql/property-filters';

export const DEFAULT_EXPOSURE_EVENT = '$feature_flag_called';

/** What counts as an exposure: the flag call (default), a custom event, or an action. */
export type ExposureSpec =
  | { kind: 'flag_called'; properties: PropertyFilterLike[] }
  | { kind: 'event'; event: string; properties: PropertyFilterLike[] }
  | { kind: 'action'; id: number };

/**
 * Everything a results query takes from the stored experiment (results.md §1.2): the request only
 * brings the metric. Times are epoch milliseconds, as in the events table.
 */
export interface ExperimentSetup {
  experiment: ExperimentRow;
  flagKey: string;
  /** The flag's variants, in flag order, with their rollout percentages. */
  flagVariants: { key: string; rollout: number }[];
  variants: string[];
  /** Null for a draft (never launched). */
  start: number | null;
  /** The stored end date, null while running. */
  end: number | null;
  /** The analysis window's upper edge: min(end_date, now). */
  windowEnd: number;
  now: number;
  exposure: ExposureSpec;
  multipleVariantHandling: 'exclude' | 'first_seen';
  /** The project's test-account filters when the experiment filters test accounts, else none. */
  testAccountFilters: PropertyFilterLike[];
  statsConfig: unknown;
  onlyCountMaturedUsers: boolean;
}

export function loadExperimentSetup(ctx: RequestContext, id: number): ExperimentSetup {
  // PostHog's runner reads Experiment.objects.get(id, team): soft-deleted experiments still answer.
  const experiment = loadExperiment(ctx, id, true);
  if (!experiment) throw validationError(`Experiment with id ${id} not found`);
  const flag = loadFlag(ctx, experiment.feature_flag_id);
  if (!flag) throw validationError(`Experiment with id ${id} not found`);
  const flagVariants = (flagFilters(flag).multivariate?.variants ?? []).map((v) => ({
    key: v.key,
    rollout: v.rollout_percentage ?? 0,
  }));
  const criteria = parseJson<ExposureCriteria | null>(experiment.exposure_criteria, null) ?? {};
  const now = ctx.now().getTime();
  const start = experiment.start_date ? Date.parse(experiment.start_date) : null;
  const end = experiment.end_date ? Date.parse(experiment.end_date) : null;
  return {
    experiment,
    flagKey: flag.key,
    flagVariants,
    variants: flagVariants.map((v) => v.key),
    start,
    end,
    windowEnd: end === null ? now : Math.min(end, now),
    now,
    exposure: exposureSpec(criteria),
    multipleVariantHandling:
      criteria.multiple_variant_handling === 'first_seen' ? 'first_seen' : 'exclude',
    testAccountFilters: criteria.filterTestAccounts === false ? [] : projectTestAccountFilters(ctx),
    statsConfig: parseJson<unknown>(experiment.stats_config, null),
    onlyCountMaturedUsers: experiment.only_count_matured_users === 1,
  };
}

/** PostHog: a config naming $feature_flag_called is the default exposure, with its property filters. */
function exposureSpec(criteria: ExposureCriteria): ExposureSpec {
  const config = criteria.exposure_config;
  if (config?.kind === 'ActionsNode' && typeof config.id === 'number') {
    return { kind: 'action', id: config.id };
  }
  const properties = (config?.properties ?? []) as PropertyFilterLike[];
  if (!config?.event || config.event === DEFAULT_EXPOSURE_EVENT) {
    return { kind: 'flag_called', properties };
  }
  return { kind: 'event', event: config.event, properties };
}

function projectTestAccountFilters(ctx: RequestContext): PropertyFilterLike[] {
  const text = ctx.db
    .prepare('SELECT test_account_filters FROM projects WHERE id = ?')
    .pluck()
    .get(ctx.teamId);
  return parseJson<PropertyFilterLike[]>(text, []);
}
