import { describe } from 'vitest';
import { bayes, freq, metric, result, signUp, suggestsEach } from './testing/conclusion-evidence';

// The verdicts with a significant result behind them: won (what to ship, and why) and lost; goal-aware.

describe('suggestConclusion: won and lost', () => {
  suggestsEach([
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
  ]);
});
