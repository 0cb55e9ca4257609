import type { FlagFilters } from '@/shared';
import type { Db } from '../db/connection';
import type { EvaluableFlag } from '../ingest/evaluate-flag';
import type { DemoExperiment } from './demo-catalog';
import {
  BASE_RATES,
  journeyOf,
  knobOf,
  metricEvents,
  METRIC_KNOBS,
  type Journey,
  type Rates,
} from './demo-events-model';
import { DEMO_STORIES, type DemoStory, type Lift } from './demo-stories';
import { SITE } from './demo-events-journeys';
import { DAY_MS } from './seed-utils';

type Metric = Record<string, unknown>;

/** Everything the generator needs to know about one launched experiment. */
export interface ExperimentPlan {
  flagKey: string;
  /** The flag as it was while the experiment ran (a shipped variant has since taken 100 %). */
  flag: EvaluableFlag;
  story: DemoStory;
  /** [from, to) epoch-ms stretches in which the flag was active (a pause cuts one out). */
  active: [number, number][];
  /** Events after this never happened yet (the end date, or now). */
  end: number;
  /** Metric events stop here: the end, or earlier when the feature under test went away mid-run. */
  metricsEnd: number;
  journeys: Journey[];
  /** The events the experiment's metrics read: the only ones worth writing. */
  events: Set<string>;
  /** Each variant's rates, the story's lifts applied; holdout and out-of-rollout people act as control. */
  rates: Map<string, Rates>;
  controlRates: Rates;
  /** A custom exposure event (PostHog's exposure_config), when the experiment has one. */
  exposure: { event: string; properties: Record<string, string> } | null;
}

interface ExperimentRow {
  start_date: string;
  end_date: string | null;
  metrics: string;
  metrics_secondary: string;
  exposure_criteria: string | null;
  key: string;
  filters: string;
}

function loadMetrics(db: Db, id: number, row: ExperimentRow): Metric[] {
  const saved = db
    .prepare(
      `SELECT s.query FROM experiment_to_saved_metric l
       JOIN experiment_saved_metrics s ON s.id = l.saved_metric_id WHERE l.experiment_id = ?`,
    )
    .pluck()
    .all(id) as string[];
  return [
    ...(JSON.parse(row.metrics) as Metric[]),
    ...(JSON.parse(row.metrics_secondary) as Metric[]),
    ...saved.map((query) => JSON.parse(query) as Metric),
  ];
}

function ratesFor(story: DemoStory, variant: string): Rates {
  const rates: Rates = { ...BASE_RATES, ...story.rates };
  if (variant === 'control') return rates;
  for (const [key, lift] of Object.entries(story.lift ?? {}) as [string, Lift][]) {
    const relative = typeof lift === 'number' ? lift : (lift[variant] ?? 0);
    rates[knobOf(key)] *= 1 + relative;
  }
  return rates;
}

/** The stretches the flag served: launch to end, minus the catalog's pause (its day, minus the jitter). */
function activeStretches(
  spec: DemoExperiment,
  story: DemoStory,
  run: { start: number; end: number; now: number },
): [number, number][] {
  const { start, end, now } = run;
  const { paused, resumed } = spec.life;
  const exposureDays = story.odd?.exposureDays;
  const last = exposureDays ? Math.min(end, start + exposureDays * DAY_MS) : end;
  if (paused === undefined) return [[start, last]];
  // daysAgo() pulls each step back by up to 9 hours: stop early enough, resume late enough.
  const pausedAt = now - paused * DAY_MS - 9 * 3_600_000;
  const stretches: [number, number][] = [[start, Math.min(pausedAt, last)]];
  if (resumed !== undefined) stretches.push([now - resumed * DAY_MS, last]);
  return stretches;
}

function launchFlag(spec: DemoExperiment, key: string, filters: FlagFilters): EvaluableFlag {
  return {
    key,
    filters: {
      ...filters,
      groups: [{ properties: [], rollout_percentage: spec.rollout ?? 100 }],
      multivariate: {
        variants: spec.variants.map(([variant, split]) => ({
          key: variant,
          rollout_percentage: split,
        })),
      },
    },
  };
}

function customExposure(criteria: string | null): ExperimentPlan['exposure'] {
  const config = (JSON.parse(criteria ?? 'null') as Metric | null)?.exposure_config as
    Metric | undefined;
  if (typeof config?.event !== 'string' || config.event === '$feature_flag_called') return null;
  const properties: Record<string, string> = {};
  for (const filter of (config.properties as Metric[] | undefined) ?? []) {
    const value = String(filter.value);
    properties[filter.key as string] = filter.key === '$current_url' ? `${SITE}${value}` : value;
  }
  return { event: config.event, properties };
}

export function planExperiment(
  db: Db,
  spec: DemoExperiment,
  id: number,
  now: number,
): ExperimentPlan {
  const row = db
    .prepare(
      `SELECT e.start_date, e.end_date, e.metrics, e.metrics_secondary, e.exposure_criteria,
              f.key, f.filters
       FROM experiments e JOIN feature_flags f ON f.id = e.feature_flag_id WHERE e.id = ?`,
    )
    .get(id) as ExperimentRow;
  const story = DEMO_STORIES[row.key];
  if (!story) throw new Error(`Demo stories: launched experiment "${row.key}" has no story`);
  const metrics = loadMetrics(db, id, row);
  const start = new Date(row.start_date).getTime();
  const end = row.end_date ? new Date(row.end_date).getTime() : now;
  const journeys = new Set<Journey>();
  for (const metric of metrics) {
    const knob = METRIC_KNOBS[metric.name as string];
    if (knob) journeys.add(journeyOf(knob));
  }
  const variants = spec.variants.map(([variant]) => variant);
  const stopAt = story.odd?.metricsStopAt;
  return {
    flagKey: row.key,
    flag: launchFlag(spec, row.key, JSON.parse(row.filters) as FlagFilters),
    story,
    active: activeStretches(spec, story, { start, end, now }),
    end,
    metricsEnd: stopAt === undefined ? end : start + (end - start) * stopAt,
    journeys: [...journeys],
    events: new Set(metrics.flatMap(metricEvents)),
    rates: new Map(variants.map((variant) => [variant, ratesFor(story, variant)])),
    controlRates: ratesFor(story, 'control'),
    exposure: customExposure(row.exposure_criteria),
  };
}
