import type { ExperimentMetricInput } from '@/shared';
import type { RequestContext } from '../../services/context';
import type { ExperimentSetup } from '../experiment-setup';
import { sourceMatch } from '../sql/event-sources';
import { sql } from '../sql/fragment';
import { afterExposure, overPersonEvents } from './person-events';
import { sourceValueAggregate } from './source-value';
import { runStatsStatement, streamed, toStatsBase, withExposures } from './sufficient-stats';
import { conversionWindowMs } from './time-window';

type RatioMetric = Extract<ExperimentMetricInput, { metric_type: 'ratio' }>;

/**
 * Ratio metric (PostHog's RatioQueryBuilder): per exposed person the numerator's and the denominator's
 * value (each with its own math) after exposure; per variant Σm, Σm², Σd, Σd² and Σm·d for the delta
 * method.
 */
export function ratioStats(ctx: RequestContext, setup: ExperimentSetup, metric: RatioMetric) {
  const conversionMs = conversionWindowMs(metric);
  const time = afterExposure(setup, conversionMs);
  const value = (source: RatioMetric['numerator']) =>
    overPersonEvents(ctx, sourceMatch(ctx, source, 'm'), sourceValueAggregate(source), time);
  const perPerson = streamed(
    'per_person',
    sql`SELECT x.variant AS variant, ${value(metric.numerator)} AS num,
      ${value(metric.denominator)} AS den FROM exposures x`,
  );
  const select = sql`SELECT variant, COUNT(*) AS number_of_samples,
      TOTAL(num) AS sum, TOTAL(num * num) AS sum_squares,
      TOTAL(den) AS denominator_sum, TOTAL(den * den) AS denominator_sum_squares,
      TOTAL(num * den) AS numerator_denominator_sum_product
    FROM per_person GROUP BY variant`;
  const statement = withExposures(ctx, setup, conversionMs, [perPerson], select);
  return runStatsStatement(ctx, statement).map((row) => toStatsBase(row));
}
