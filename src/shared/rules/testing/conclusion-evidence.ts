import { expect, it } from 'vitest';
import type { ExperimentQueryResponse } from '../../schemas/experiment-query';
import {
  suggestConclusion,
  type ConclusionSuggestion,
  type MetricEvidence,
} from '../suggest-conclusion';

/** Primary-metric evidence for suggestConclusion's tables, in the shapes PostHog answers with. */

// Percent signs are glued to their number with a no-break space (as elsewhere in the console's prose).
const withNbsp = (text: string) => text.replace(/ %/g, '\u00a0%');

type Interval = [number, number];
export const raw = (key: string, n = 1000) => ({
  key,
  number_of_samples: n,
  sum: 200,
  sum_squares: 200,
});
export const bayes = (key: string, chance: number, interval: Interval, significant: boolean) => ({
  ...raw(key),
  validation_failures: [],
  method: 'bayesian' as const,
  significant,
  chance_to_win: chance,
  credible_interval: interval,
});
export const freq = (key: string, p: number, interval: Interval, significant: boolean) => ({
  ...raw(key),
  validation_failures: [],
  method: 'frequentist' as const,
  significant,
  p_value: p,
  confidence_interval: interval,
});
export const gated = (key: string, n: number) => ({
  ...raw(key, n),
  validation_failures: ['not-enough-exposures'],
  method: 'bayesian' as const,
  significant: null,
  chance_to_win: null,
  credible_interval: null,
});
export type VariantResult =
  ReturnType<typeof bayes> | ReturnType<typeof freq> | ReturnType<typeof gated>;

export const result = (
  variants: VariantResult[],
  baseline = { ...raw('control'), validation_failures: [] as string[] },
) => ({ kind: 'ExperimentQuery', baseline, variant_results: variants }) as ExperimentQueryResponse;
export const metric = (
  name: string,
  res: ExperimentQueryResponse | null,
  goal: MetricEvidence['goal'] = 'increase',
): MetricEvidence => ({ name, goal, metricType: 'funnel', result: res });

export const signUp = (...variants: VariantResult[]) =>
  metric('Sign-up completion', result(variants));

export type Expected = Partial<ConclusionSuggestion>;

/** A case: its name, the primary metrics' evidence, the experiment's stats_config, what is expected. */
export type SuggestionCase = [string, MetricEvidence[], unknown, Expected];

/**
 * One test per case: the suggestion matches what is expected (strings with " %" read with the no-break
 * space), and its summary stays on one line.
 */
export function suggestsEach(cases: SuggestionCase[]) {
  it.each(cases)('%s', (_name, metrics, statsConfig, expected) => {
    const suggestion = suggestConclusion(metrics, { statsConfig });
    const wanted = Object.fromEntries(
      Object.entries(expected).map(([k, v]) => [k, typeof v === 'string' ? withNbsp(v) : v]),
    );
    expect(suggestion).toMatchObject(wanted);
    expect(suggestion?.summary).not.toMatch(/\n/);
  });
}
