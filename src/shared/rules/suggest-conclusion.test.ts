import { describe, expect, it } from 'vitest';
import { suggestConclusion, type MetricEvidence } from './suggest-conclusion';
import {
  bayes,
  gated,
  metric,
  raw,
  result,
  signUp,
  suggestsEach,
} from './testing/conclusion-evidence';

// Stopped early (no statistics yet), inconclusive (mixed or nothing significant), the wording, and no
// suggestion without results. Won and lost: suggest-conclusion-verdicts.test.ts.

describe('suggestConclusion', () => {
  suggestsEach([
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
  ]);

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
