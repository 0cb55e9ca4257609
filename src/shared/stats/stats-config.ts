import { DIFFERENCE_TYPES, type DifferenceType } from './effect';
import { DEFAULT_SEQUENTIAL_TUNING_PARAMETER } from './sequential';

/**
 * An experiment's `stats_config` as PostHog's results path reads it (results.md §2.8): every key is
 * optional and a bad value falls back to its default instead of failing the query. Pure, no @stdlib.
 */

export type StatsMethod = 'bayesian' | 'frequentist';

export interface ResolvedStatsConfig {
  method: StatsMethod;
  /** Bayesian credible-interval level, and the significance threshold of chance to win. */
  ciLevel: number;
  /** Frequentist significance level; the confidence interval is at 1 − alpha. */
  alpha: number;
  /** Read from the sub-config of the active method (`bayesian.` or `frequentist.difference_type`). */
  differenceType: DifferenceType;
  sequential: { enabled: boolean; tuningParameter: number };
}

/** Team-level fallbacks PostHog applies before its hard-coded defaults (sequential testing only). */
export interface StatsTeamDefaults {
  sequentialTestingEnabled?: boolean;
  sequentialTuningParameter?: number | null;
}

export const DEFAULT_CI_LEVEL = 0.95;
export const DEFAULT_ALPHA = 0.05;
const TUNING_RANGE = [1, 1e9] as const;

type Dict = Record<string, unknown>;
const asDict = (value: unknown): Dict =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Dict) : {};

const FLOAT_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Python's `float(value)`: numbers, booleans and numeric strings; anything else is NaN. */
function pythonFloat(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'string') return Number.NaN;
  const text = value.trim();
  if (/^[+-]?(inf|infinity)$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  return FLOAT_TEXT.test(text) ? Number(text) : Number.NaN;
}

/** Python truthiness, which PostHog applies to `sequential_testing_enabled` via `bool(…)`. */
function pythonTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value !== null && typeof value === 'object') return Object.keys(value).length > 0;
  return Boolean(value);
}

const inOpenUnitInterval = (x: number) => Number.isFinite(x) && x > 0 && x < 1;

/**
 * PostHog's `get_bayesian_ci_level`: a level in (0, 1) whose upper bound 1 − (1 − level)/2 stays below 1;
 * 0, 1, NaN, ±inf, non-numbers and 0.9999999999999999 (whose upper bound rounds to 1) give 0.95.
 */
function ciLevel(value: unknown): number {
  const level = pythonFloat(value);
  return inOpenUnitInterval(level) && 1 - (1 - level) / 2 < 1 ? level : DEFAULT_CI_LEVEL;
}

/**
 * PostHog keeps an alpha in [0, 1] and its test then rejects exactly 0 or 1, failing the whole query; the
 * console falls back to the default for those too, as PostHog's newer code does for ci_level.
 */
function alpha(value: unknown): number {
  const number = pythonFloat(value);
  return inOpenUnitInterval(number) ? number : DEFAULT_ALPHA;
}

/** PostHog looks enum values up by name, so only the upper-case names count. */
function differenceType(value: unknown): DifferenceType {
  return DIFFERENCE_TYPES.find((type) => type === value) ?? 'RELATIVE';
}

function numberInRange(value: unknown, [min, max]: readonly [number, number], fallback: number) {
  const number = pythonFloat(value);
  return number >= min && number <= max ? number : fallback;
}

export function resolveStatsConfig(
  raw: unknown,
  team: StatsTeamDefaults = {},
): ResolvedStatsConfig {
  const config = asDict(raw);
  const method: StatsMethod = config.method === 'frequentist' ? 'frequentist' : 'bayesian';
  const bayesian = asDict(config.bayesian);
  const frequentist = asDict(config.frequentist);
  const teamTuning =
    team.sequentialTuningParameter == null
      ? DEFAULT_SEQUENTIAL_TUNING_PARAMETER
      : numberInRange(
          team.sequentialTuningParameter,
          TUNING_RANGE,
          DEFAULT_SEQUENTIAL_TUNING_PARAMETER,
        );
  return {
    method,
    ciLevel: ciLevel(bayesian.ci_level),
    alpha: alpha(frequentist.alpha),
    differenceType: differenceType(
      (method === 'bayesian' ? bayesian : frequentist).difference_type,
    ),
    sequential: {
      // An explicit `false` on the experiment overrides a team default of true.
      enabled:
        'sequential_testing_enabled' in frequentist
          ? pythonTruthy(frequentist.sequential_testing_enabled)
          : (team.sequentialTestingEnabled ?? false),
      tuningParameter: numberInRange(
        frequentist.sequential_tuning_parameter ?? teamTuning,
        TUNING_RANGE,
        teamTuning,
      ),
    },
  };
}

/**
 * The variant results are compared against (results.md §1.4 `key`): `stats_config.baseline_variant_key`,
 * else `control` when the flag has it (or has no variants), else the flag's first variant.
 */
export function baselineVariantKey(statsConfig: unknown, variantKeys: readonly string[]): string {
  const configured = asDict(statsConfig).baseline_variant_key;
  if (typeof configured === 'string' && configured) return configured;
  if (variantKeys.length === 0 || variantKeys.includes('control')) return 'control';
  return variantKeys[0] ?? 'control';
}
