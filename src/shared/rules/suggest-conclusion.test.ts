import { describe, expect, it } from 'vitest';
import type { ExperimentQueryResponse } from '../schemas/experiment-query';
import {
  suggestConclusion,
  type ConclusionSuggestion,
  type MetricEvidence,
} from './suggest-conclusion';

// Percent signs are glued to their number with a no-break space (as elsewhere in the console's prose).
const withNbsp = (text: string) => text.replace(/ %/g, '\u00a0%');

type Interval = [number, number];
const raw = (key: string, n = 1000) => ({ key, number_of_samples: n, sum: 200, sum_squares: 200 });
const bayes = (key: string, chance: number, interval: Interval, significant: boolean) => ({
  ...raw(key),
  validation_failures: [],
  method: 'bayesian' as const,
  significant,
  chance_to_win: chance,
  credible_interval: interval,
});
const freq = (key: string, p: number, interval: Interval, significant: boolean) => ({
  ...raw(key),
  validation_failures: [],
  method: 'frequentist' as const,
  significant,
  p_value: p,
  confidence_interval: interval,
});
const gated = (key: string, n: number) => ({
  ...raw(key, n),
  validation_failures: ['not-enough-exposures'],
  method: 'bayesian' as const,
  significant: null,
  chance_to_win: null,
  credible_interval: null,
});
type VariantResult = ReturnType<typeof bayes> | ReturnType<typeof freq> | ReturnType<typeof gated>;

const result = (
  variants: VariantResult[],
  baseline = { ...raw('control'), validation_failures: [] as string[] },
) => ({ kind: 'ExperimentQuery', baseline, variant_results: variants }) as ExperimentQueryResponse;
const metric = (
  name: string,
  res: ExperimentQueryResponse | null,
  goal: MetricEvidence['goal'] = 'increase',
): MetricEvidence => ({ name, goal, metricType: 'funnel', result: res });

const signUp = (...variants: VariantResult[]) => metric('Sign-up completion', result(variants));

type Expected = Partial<ConclusionSuggestion>;

describe('suggestConclusion', () => {
  it.each<[string, MetricEvidence[], unknown, Expected]>([
    [
      'won: a significant Bayesian win',
      [signUp(bayes('test', 0.998, [0.081, 0.143], true))],
      undefined,
      {
        conclusion: 'won',
        variantToShip: 'test',
        reason: 'test beats control on Sign-up completion: +11.2 %, chance to win 99.8 %',
        summary:
          'Sign-up completion: test +11.2 % vs control (chance to win 99.8 %, 95 % credible interval +8.1 % to +14.3 %).',
      },
    ],
    [
      'won: frequentist wording with the p-value and 1 − alpha',
      [signUp(freq('test', 0.0031, [0.081, 0.143], true))],
      { method: 'frequentist', frequentist: { alpha: 0.1 } },
      {
        conclusion: 'won',
        reason: 'test beats control on Sign-up completion: +11.2 %, p = 0.0031',
        summary:
          'Sign-up completion: test +11.2 % vs control (p = 0.0031, 90 % confidence interval +8.1 % to +14.3 %).',
      },
    ],
    [
      'won: a drop when the goal is to decrease (chance to win inverted)',
      [metric('Checkout time', result([bayes('test', 0.01, [-0.2, -0.1], true)]), 'decrease')],
      undefined,
      {
        conclusion: 'won',
        variantToShip: 'test',
        reason: 'test beats control on Checkout time: −15 %, chance to win 99 %',
      },
    ],
    [
      'won: the best of two winners, naming the other',
      [signUp(bayes('test-1', 0.99, [0.02, 0.1], true), bayes('test-2', 0.999, [0.1, 0.2], true))],
      undefined,
      {
        conclusion: 'won',
        variantToShip: 'test-2',
        reason:
          'test-2 beats control on Sign-up completion: +15 %, chance to win > 99.9 % (test-1 also beats control)',
      },
    ],
    [
      'won: a winner on one metric, neutral on another, beats a variant that is mixed',
      [
        signUp(bayes('test-1', 0.99, [0.02, 0.1], true), bayes('test-2', 0.99, [0.05, 0.1], true)),
        metric(
          'Revenue',
          result([
            bayes('test-1', 0.6, [-0.01, 0.03], false),
            bayes('test-2', 0.01, [-0.1, -0.02], true),
          ]),
        ),
      ],
      undefined,
      {
        conclusion: 'won',
        variantToShip: 'test-1',
        reason: 'test-1 beats control on Sign-up completion: +6 %, chance to win 99 %',
      },
    ],
    [
      'won: wins on two metrics are both named',
      [
        signUp(bayes('test', 0.998, [0.081, 0.143], true)),
        metric('Revenue', result([bayes('test', 0.97, [0.01, 0.05], true)])),
      ],
      { bayesian: { ci_level: 0.9 } },
      {
        conclusion: 'won',
        reason:
          'test beats control on Sign-up completion: +11.2 %, chance to win 99.8 %; on Revenue: +3 %, chance to win 97 %',
      },
    ],
    [
      'lost: the only variant is significantly worse',
      [signUp(bayes('test', 0.008, [-0.08, -0.022], true))],
      undefined,
      {
        conclusion: 'lost',
        variantToShip: null,
        reason: 'test loses to control on Sign-up completion: −5.1 %, chance to win 0.8 %',
      },
    ],
    [
      'lost: a rise when the goal is to decrease',
      [metric('Checkout time', result([bayes('test', 0.99, [0.1, 0.2], true)]), 'decrease')],
      undefined,
      {
        conclusion: 'lost',
        reason: 'test loses to control on Checkout time: +15 %, chance to win 1 %',
      },
    ],
    [
      'lost: every variant is worse',
      [
        signUp(
          bayes('test-1', 0.01, [-0.1, -0.02], true),
          bayes('test-2', 0.0005, [-0.2, -0.1], true),
        ),
      ],
      undefined,
      {
        conclusion: 'lost',
        reason:
          'every variant loses to control: test-1 on Sign-up completion: −6 %, chance to win 1 %; test-2 on Sign-up completion: −15 %, chance to win < 0.1 %',
      },
    ],
    [
      'stopped early: the baseline failed its gates',
      [
        metric(
          'Sign-up completion',
          result([gated('test', 20)], {
            ...raw('control', 30),
            validation_failures: ['not-enough-exposures'],
          }),
        ),
      ],
      undefined,
      {
        conclusion: 'stopped_early',
        variantToShip: null,
        reason: 'not enough data yet: 50 exposures',
        summary: 'Sign-up completion: not enough data yet (50 exposures).',
      },
    ],
    [
      'stopped early: every variant failed, the largest count across metrics is named',
      [signUp(gated('test', 40)), metric('Revenue', result([]))],
      undefined,
      {
        conclusion: 'stopped_early',
        reason: 'not enough data yet: 1,040 exposures',
        summary:
          'Sign-up completion: not enough data yet (1,040 exposures). Revenue: not enough data yet (1,000 exposures).',
      },
    ],
    [
      'stopped early on retention: its samples are the people who did the start event, not exposures',
      [
        {
          ...metric(
            'Week-1 retention',
            result([gated('test', 1)], { ...raw('control', 30), validation_failures: [] }),
          ),
          metricType: 'retention',
        },
      ],
      undefined,
      {
        conclusion: 'stopped_early',
        reason: 'not enough data yet: 31 people who did the start event',
        summary: 'Week-1 retention: not enough data yet (31 people who did the start event).',
      },
    ],
    [
      'inconclusive: mixed signals across metrics',
      [
        signUp(bayes('test', 0.998, [0.081, 0.143], true)),
        metric('Revenue', result([bayes('test', 0.02, [-0.06, -0.02], true)])),
      ],
      undefined,
      {
        conclusion: 'inconclusive',
        variantToShip: null,
        reason:
          'mixed signals: test is better on Sign-up completion (+11.2 %) but worse on Revenue (−4 %)',
      },
    ],
    [
      'inconclusive: nothing significant',
      [signUp(bayes('test', 0.64, [-0.02, 0.044], false))],
      undefined,
      {
        conclusion: 'inconclusive',
        reason: 'no significant difference on Sign-up completion: +1.2 %, chance to win 64 %',
        summary:
          'Sign-up completion: test +1.2 % vs control (chance to win 64 %, 95 % credible interval −2 % to +4.4 %).',
      },
    ],
    [
      'inconclusive: nothing significant for two variants, one of them gated',
      [
        signUp(
          bayes('test-1', 0.64, [-0.02, 0.044], false),
          bayes('test-2', 0.4, [-0.03, 0.02], false),
          gated('test-3', 30),
        ),
      ],
      undefined,
      {
        conclusion: 'inconclusive',
        reason:
          'no significant difference on Sign-up completion: test-1 +1.2 % (chance to win 64 %), test-2 −0.5 % (chance to win 40 %)',
        summary:
          'Sign-up completion: test-1 +1.2 % vs control (chance to win 64 %, 95 % credible interval −2 % to +4.4 %); test-2 −0.5 % vs control (chance to win 40 %, 95 % credible interval −3 % to +2 %); test-3: not enough data yet (30 exposures).',
      },
    ],
    [
      'inconclusive: one variant worse, the other not significant',
      [
        signUp(
          bayes('test-1', 0.64, [-0.02, 0.044], false),
          bayes('test-2', 0.01, [-0.1, -0.02], true),
        ),
      ],
      undefined,
      {
        conclusion: 'inconclusive',
        reason:
          'no variant beats control; worse: test-2 on Sign-up completion: −6 %, chance to win 1 %; no significant difference otherwise',
      },
    ],
    [
      'absolute differences are worded as numbers',
      [metric('Revenue per user', result([bayes('test', 0.999, [0.168, 0.3477], true)]))],
      { bayesian: { difference_type: 'ABSOLUTE' } },
      {
        conclusion: 'won',
        reason: 'test beats control on Revenue per user: +0.258, chance to win > 99.9 %',
        summary:
          'Revenue per user: test +0.258 vs control (chance to win > 99.9 %, 95 % credible interval +0.168 to +0.348).',
      },
    ],
    [
      'a metric still without a result appears in the summary only',
      [signUp(bayes('test', 0.998, [0.081, 0.143], true)), metric('Revenue', null)],
      undefined,
      {
        conclusion: 'won',
        summary:
          'Sign-up completion: test +11.2 % vs control (chance to win 99.8 %, 95 % credible interval +8.1 % to +14.3 %). Revenue: no results yet.',
      },
    ],
  ])('%s', (_name, metrics, statsConfig, expected) => {
    const suggestion = suggestConclusion(metrics, { statsConfig });
    const wanted = Object.fromEntries(
      Object.entries(expected).map(([k, v]) => [k, typeof v === 'string' ? withNbsp(v) : v]),
    );
    expect(suggestion).toMatchObject(wanted);
    expect(suggestion?.summary).not.toMatch(/\n/);
  });

  it.each<[string, MetricEvidence[]]>([
    ['no primary metrics', []],
    ['no results yet', [metric('Sign-up completion', null), metric('Revenue', null)]],
    [
      'a legacy result without a baseline',
      [metric('Sign-up completion', { kind: 'ExperimentQuery', baseline: null })],
    ],
  ])('is null for %s', (_name, metrics) => {
    expect(suggestConclusion(metrics)).toBeNull();
  });
});
