import {
  MULTIPLE_VARIANT_KEY,
  type ExperimentMetricInput,
  type ExperimentStatsBase,
} from '@/shared';
import type { RequestContext } from '../../services/context';
import type { ExperimentSetup } from '../experiment-setup';
import { funnelStats } from './funnel';
import { meanStats } from './mean';
import { ratioStats } from './ratio';
import { retentionStats } from './retention';

/**
 * Per-variant sufficient statistics of a metric (results.md §1.6), in PostHog's order: the variants with
 * data in flag order, then those without, zero-filled (`_add_missing_variants`). People exposed to
 * several variants are left out under `exclude`.
 */
export function metricSufficientStats(
  ctx: RequestContext,
  setup: ExperimentSetup,
  metric: ExperimentMetricInput,
): ExperimentStatsBase[] {
  const seen = computeStats(ctx, setup, metric).filter(
    (row) => setup.variants.includes(row.key) && row.key !== MULTIPLE_VARIANT_KEY,
  );
  seen.sort((a, b) => setup.variants.indexOf(a.key) - setup.variants.indexOf(b.key));
  const missing = setup.variants
    .filter((key) => !seen.some((row) => row.key === key))
    .map((key) => ({ key, number_of_samples: 0, sum: 0, sum_squares: 0 }));
  return [...seen, ...missing];
}

function computeStats(ctx: RequestContext, setup: ExperimentSetup, metric: ExperimentMetricInput) {
  switch (metric.metric_type) {
    case 'mean':
      return meanStats(ctx, setup, metric);
    case 'funnel':
      return funnelStats(ctx, setup, metric);
    case 'ratio':
      return ratioStats(ctx, setup, metric);
    case 'retention':
      return retentionStats(ctx, setup, metric);
  }
}
