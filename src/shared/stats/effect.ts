import { StatisticError, type AnyStatistic } from './statistics';

/** How a variant is compared with the baseline: (μT − μC)/μC, or μT − μC. */
export type DifferenceType = 'RELATIVE' | 'ABSOLUTE';
export const DIFFERENCE_TYPES: readonly DifferenceType[] = ['RELATIVE', 'ABSOLUTE'];

export interface Effect {
  /** The observed difference (a fraction for RELATIVE: 0.05 = +5 %). */
  estimate: number;
  /** Its variance: σT²/nT + σC²/nC, or the delta-method variance of the relative difference. */
  variance: number;
}

/**
 * The effect of a variant against the baseline and its variance (results.md §2.4 step 2). The relative
 * variance is the delta method with no covariance between the arms:
 * (σT²/nT)/μC² + μT²·(σC²/nC)/μC⁴.
 */
export function effectOf(
  treatment: AnyStatistic,
  control: AnyStatistic,
  differenceType: DifferenceType,
): Effect {
  const treatmentVar = treatment.variance / treatment.n;
  const controlVar = control.variance / control.n;
  if (differenceType === 'ABSOLUTE') {
    return { estimate: treatment.mean - control.mean, variance: treatmentVar + controlVar };
  }
  const mc = control.mean;
  if (Math.abs(mc) < 1e-10) {
    throw new StatisticError('Control mean cannot be zero for relative difference calculation');
  }
  return {
    estimate: (treatment.mean - mc) / mc,
    variance: treatmentVar / mc ** 2 + (treatment.mean ** 2 * controlVar) / mc ** 4,
  };
}
