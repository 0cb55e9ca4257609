import { describe, expect, it } from 'vitest';
import { axisPosition, formatTick, intervalAxis } from './interval-axis';

describe('intervalAxis', () => {
  it('is the tightest symmetric axis with round ticks that reaches every interval', () => {
    // PostHog's mean fixture: test-1 [-19.7 %, -9.3 %], test-2 [+9.7 %, +21.5 %].
    const axis = intervalAxis([
      [-0.19740467628759228, -0.09277676754203046],
      [0.09706777250053614, 0.21468859747750865],
    ]);
    expect(axis).toEqual({ bound: 0.25, ticks: [-0.25, 0, 0.25] });
  });

  it('covers the widest end of a one-sided interval on both sides', () => {
    // PostHog's frequentist funnel fixture: [-57.1 %, -30.7 %].
    const axis = intervalAxis([[-0.5713938333294022, -0.30650005734583885]]);
    expect(axis).toEqual({ bound: 0.6, ticks: [-0.6, -0.4, -0.2, 0, 0.2, 0.4, 0.6] });
  });

  it('prefers more ticks only when they save room', () => {
    expect(intervalAxis([[-0.2, 0.25]])).toEqual({
      bound: 0.3,
      ticks: [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3],
    });
  });

  it('gives tiny effects small steps, never more than three ticks a side', () => {
    expect(intervalAxis([[0.001, 0.004]])).toEqual({
      bound: 0.005,
      ticks: [-0.005, -0.0025, 0, 0.0025, 0.005],
    });
    expect(intervalAxis([[0.05, 0.175]])).toEqual({ bound: 0.2, ticks: [-0.2, -0.1, 0, 0.1, 0.2] });
    for (const end of [0.0003, 0.07, 0.9, 4.2, 130]) {
      const axis = intervalAxis([[-end / 3, end]]);
      expect(axis.ticks.length).toBeLessThanOrEqual(7);
      expect(axis.bound).toBeGreaterThanOrEqual(end);
      expect(axis.bound).toBeLessThan(end * 2);
    }
  });

  it('shows ±10 % when there is no interval yet, and ignores missing or infinite ends', () => {
    expect(intervalAxis([])).toEqual({ bound: 0.1, ticks: [-0.1, -0.05, 0, 0.05, 0.1] });
    expect(intervalAxis([null, undefined, [Number.NaN, Infinity]]).bound).toBe(0.1);
    expect(intervalAxis([[0, 0]]).bound).toBe(0.1);
  });
});

describe('axisPosition and formatTick', () => {
  const axis = intervalAxis([[-0.2, 0.25]]);

  it('maps zero to the middle and clamps ends beyond the axis', () => {
    expect(axisPosition(axis, 0, 200)).toBe(100);
    expect(axisPosition(axis, axis.bound, 200)).toBe(200);
    expect(axisPosition(axis, 99, 200)).toBe(200);
    expect(axisPosition(axis, -99, 200)).toBe(0);
  });

  it('labels ticks as signed percentages with the decimals the step needs', () => {
    expect(axis.ticks.map((t) => formatTick(t, axis))).toEqual([
      '-30%',
      '-20%',
      '-10%',
      '0%',
      '+10%',
      '+20%',
      '+30%',
    ]);
    const fine = intervalAxis([[0.001, 0.004]]);
    expect(fine.ticks.map((t) => formatTick(t, fine))).toEqual([
      '-0.50%',
      '-0.25%',
      '0%',
      '+0.25%',
      '+0.50%',
    ]);
    const quarter = intervalAxis([[0.0012, 0.0021]]);
    expect(quarter.ticks.map((t) => formatTick(t, quarter))).toEqual(['-0.25%', '0%', '+0.25%']);
  });
});

describe('formatTick for absolute differences', () => {
  it('writes plain signed numbers', () => {
    const axis = intervalAxis([[-0.2, 0.35]]);
    expect(axis.ticks.map((t) => formatTick(t, axis, false))).toEqual([
      '-0.4',
      '-0.2',
      '0',
      '+0.2',
      '+0.4',
    ]);
  });
});
