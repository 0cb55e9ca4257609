import { describe, expect, it } from 'vitest';
import type { ExperimentVariantResult } from '../schemas/experiment-query';
import { interpretVariant, type MetricGoal, type VariantInterpretation } from './interpret';

const raw = { key: 'test', number_of_samples: 1000, sum: 120, sum_squares: 120 };
const bayesian = (
  significant: boolean | null,
  ctw: number | null,
  interval: [number, number] | null,
) =>
  ({
    ...raw,
    method: 'bayesian',
    significant,
    chance_to_win: ctw,
    credible_interval: interval,
  }) as ExperimentVariantResult;
const frequentist = (
  significant: boolean | null,
  p: number | null,
  interval: [number, number] | null,
) =>
  ({
    ...raw,
    method: 'frequentist',
    significant,
    p_value: p,
    confidence_interval: interval,
  }) as ExperimentVariantResult;

describe('interpretVariant', () => {
  it.each<
    [string, ExperimentVariantResult, MetricGoal | null | undefined, Partial<VariantInterpretation>]
  >([
    [
      'a significant rise, goal increase',
      bayesian(true, 0.998, [0.081, 0.143]),
      undefined,
      {
        delta: 0.112,
        gain: 0.112,
        significant: true,
        outcome: 'better',
        chanceToWin: 0.998,
        pValue: null,
      },
    ],
    [
      'the same rise when the goal is to decrease',
      bayesian(true, 0.998, [0.081, 0.143]),
      'decrease',
      { gain: -0.112, outcome: 'worse', chanceToWin: 0.0020000000000000018 },
    ],
    [
      'a significant fall, goal decrease',
      bayesian(true, 0.01, [-0.2, -0.1]),
      'decrease',
      {
        delta: -0.15000000000000002,
        gain: 0.15000000000000002,
        outcome: 'better',
        chanceToWin: 0.99,
      },
    ],
    [
      'a null goal reads as increase',
      bayesian(true, 0.01, [-0.2, -0.1]),
      null,
      { gain: -0.15000000000000002, outcome: 'worse' },
    ],
    [
      'not significant',
      bayesian(false, 0.64, [-0.02, 0.044]),
      'increase',
      { delta: 0.012, significant: false, outcome: 'none', chanceToWin: 0.64 },
    ],
    [
      'skipped stats',
      bayesian(null, null, null),
      'increase',
      {
        delta: null,
        gain: null,
        interval: null,
        significant: false,
        outcome: 'none',
        chanceToWin: null,
      },
    ],
    [
      'frequentist',
      frequentist(true, 0.003, [0.05, 0.15]),
      'increase',
      { delta: 0.1, outcome: 'better', pValue: 0.003, chanceToWin: null, interval: [0.05, 0.15] },
    ],
  ])('%s', (_name, result, goal, expected) => {
    const read = interpretVariant(result, goal);
    for (const [field, value] of Object.entries(expected)) {
      if (typeof value === 'number') expect(read[field as 'delta']).toBeCloseTo(value, 12);
      else expect(read[field as keyof VariantInterpretation]).toEqual(value);
    }
    expect(read.key).toBe('test');
  });
});
