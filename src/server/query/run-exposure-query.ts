import {
  MULTIPLE_VARIANT_KEY,
  type ExperimentExposureQueryResponse,
  type ExposureTimeseries,
} from '@/shared';
import { sampleRatioMismatch } from '@/shared/stats';
import type { RequestContext } from '../services/context';
import { freshResponseFields } from './cached-response';
import { loadExperimentSetup, type ExperimentSetup } from './experiment-setup';
import { biasRisk, expectedShares } from './exposure-health';
import { exposuresSelect } from './sql/exposures';
import { raw, sql } from './sql/fragment';
import { ensureRegexpFunction } from './sql/regexp-function';

const DAY_MS = 86_400_000;

/**
 * `ExperimentExposureQuery` (results.md §3.1): per variant, the cumulative count of people by the day of
 * their first exposure, every day from the start to the end (or today) and every variant zero-filled,
 * `$multiple` last; totals; the sample-ratio-mismatch test against the flag's split; and, while
 * running, the `$multiple` bias warning. A draft has no days.
 */
export function runExposureQuery(
  ctx: RequestContext,
  query: { experiment_id: number },
): ExperimentExposureQueryResponse {
  const setup = loadExperimentSetup(ctx, query.experiment_id);
  const timeseries = setup.start === null ? [] : exposureTimeseries(ctx, setup);
  const totals = Object.fromEntries(
    timeseries.map((series) => [series.variant, series.exposure_counts.at(-1) ?? 0]),
  );
  return {
    kind: 'ExperimentExposureQuery',
    timeseries,
    total_exposures: totals,
    date_range: {
      date_from: pythonIso(setup.experiment.start_date),
      date_to: pythonIso(setup.experiment.end_date),
      explicitDate: true,
    },
    sample_ratio_mismatch: sampleRatioMismatch(totals, expectedShares(setup)),
    bias_risk: biasRisk(setup, totals),
    ...freshResponseFields(ctx, query),
  };
}

function exposureTimeseries(ctx: RequestContext, setup: ExperimentSetup): ExposureTimeseries[] {
  ensureRegexpFunction(ctx.db);
  const statement = sql`WITH exposures AS (${exposuresSelect(ctx, setup)})
    SELECT first_ts / ${raw(String(DAY_MS))} AS day, variant, COUNT(*) AS count
    FROM exposures GROUP BY day, variant`;
  const rows = ctx.db.prepare(statement.text).all(...statement.params) as {
    day: number;
    variant: string;
    count: number;
  }[];
  const firstDay = Math.floor((setup.start as number) / DAY_MS);
  const lastDay = Math.floor((setup.end ?? setup.now) / DAY_MS);
  const days = Array.from({ length: Math.max(0, lastDay - firstDay + 1) }, (_, i) =>
    new Date((firstDay + i) * DAY_MS).toISOString().slice(0, 10),
  );
  const variants = [...setup.variants];
  if (rows.some((row) => row.variant === MULTIPLE_VARIANT_KEY)) variants.push(MULTIPLE_VARIANT_KEY);
  return variants.map((variant) => {
    const daily = new Map(rows.filter((r) => r.variant === variant).map((r) => [r.day, r.count]));
    let running = 0;
    const exposure_counts = days.map((_, i) => (running += daily.get(firstDay + i) ?? 0));
    return { variant, days, exposure_counts };
  });
}

/** Python's isoformat of an aware UTC datetime, as PostHog writes `date_range`: "+00:00", no "Z". */
function pythonIso(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  const ms = date.getUTCMilliseconds();
  const base = date.toISOString().slice(0, 19);
  return `${base}${ms ? `.${String(ms).padStart(3, '0')}000` : ''}+00:00`;
}
