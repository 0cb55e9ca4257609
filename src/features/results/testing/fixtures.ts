/**
 * PostHog's own query answers, verbatim from its storybook mocks (results.md §1.7 and §3.1), plus small
 * variations of them for states the mocks do not cover (each says what it changes). Component tests answer
 * `POST …/query/` with these.
 */

/** `frontend/src/mocks/fixtures/api/experiments/mean_metric_result.json` @0a0da7d1: Bayesian, 3 variants. */
export const bayesianMeanResult = {
  baseline: {
    denominator_sum: null,
    denominator_sum_squares: null,
    key: 'control',
    number_of_samples: 989,
    numerator_denominator_sum_product: null,
    sum: 1636.0,
    sum_squares: 3760.0,
    validation_failures: [],
  },
  cache_key: 'cache_17925ec0dddf2fa25f9dd34a591743c2',
  cache_target_age: '2025-09-05T16:14:05.259133Z',
  calculation_trigger: null,
  credible_intervals: null,
  insight: null,
  is_cached: true,
  kind: 'ExperimentQuery',
  last_refresh: '2025-09-04T16:14:05.259133Z',
  metric: null,
  next_allowed_client_refresh: '2025-09-04T16:15:05.259133Z',
  p_value: null,
  probability: null,
  query_metadata: {
    events: [],
    updated_at: '2025-09-04T16:14:11.010108Z',
  },
  query_status: null,
  significance_code: null,
  significant: null,
  stats_version: null,
  timezone: 'UTC',
  variant_results: [
    {
      chance_to_win: 2.7262704800611193e-8,
      credible_interval: [-0.19740467628759228, -0.09277676754203046],
      denominator_sum: null,
      denominator_sum_squares: null,
      key: 'test-1',
      method: 'bayesian',
      number_of_samples: 874,
      numerator_denominator_sum_product: null,
      significant: true,
      sum: 1236.0,
      sum_squares: 2634.0,
      validation_failures: [],
    },
    {
      chance_to_win: 0.9999998975983043,
      credible_interval: [0.09706777250053614, 0.21468859747750865],
      denominator_sum: null,
      denominator_sum_squares: null,
      key: 'test-2',
      method: 'bayesian',
      number_of_samples: 1137,
      numerator_denominator_sum_product: null,
      significant: true,
      sum: 2174.0,
      sum_squares: 5478.0,
      validation_failures: [],
    },
  ],
  variants: null,
};

/**
 * `experiment_frequentist_two_variants_funnel_metric_result.json` @ad219e56: frequentist funnel, an older
 * capture without `validation_failures`.
 */
export const frequentistFunnelResult = {
  baseline: {
    key: 'control',
    number_of_samples: 1551,
    sum: 176.0,
    sum_squares: 176.0,
  },
  cache_key: 'cache_5bf25759681c1c4ebe4f7def286aa342',
  cache_target_age: '2025-06-13T15:08:39.757520Z',
  calculation_trigger: null,
  credible_intervals: null,
  insight: null,
  is_cached: true,
  kind: 'ExperimentQuery',
  last_refresh: '2025-06-12T15:08:39.757520Z',
  metric: null,
  next_allowed_client_refresh: '2025-06-12T15:09:39.757520Z',
  p_value: null,
  probability: null,
  query_status: null,
  significance_code: null,
  significant: null,
  stats_version: null,
  timezone: 'UTC',
  variant_results: [
    {
      confidence_interval: [-0.5713938333294022, -0.30650005734583885],
      key: 'test',
      method: 'frequentist',
      number_of_samples: 1555,
      p_value: 9.522627131275385e-11,
      significant: true,
      sum: 99.0,
      sum_squares: 99.0,
    },
  ],
  variants: null,
};

/**
 * The mean result's shape below PostHog's gates (results.md §2.3): 23 exposed in test, so the variant gets
 * `not-enough-exposures` and no stats, while the raw sums are still returned.
 */
export const gatedMeanResult = {
  ...bayesianMeanResult,
  baseline: { ...bayesianMeanResult.baseline, number_of_samples: 31, sum: 52, sum_squares: 120 },
  variant_results: [
    {
      key: 'test',
      method: 'bayesian',
      number_of_samples: 23,
      sum: 30,
      sum_squares: 61,
      validation_failures: ['not-enough-exposures'],
      chance_to_win: null,
      credible_interval: null,
      significant: null,
    },
  ],
};

/** `exposure_query_result.json` @048af2c6 (the second `days` array written out in full, as in the file). */
const EXPOSURE_DAYS = [
  '2025-02-23',
  '2025-02-24',
  '2025-02-25',
  '2025-02-26',
  '2025-02-27',
  '2025-02-28',
  '2025-03-01',
  '2025-03-02',
  '2025-03-03',
  '2025-03-04',
  '2025-03-05',
  '2025-03-06',
];

/** One variant's cumulative exposures over the fixture's twelve days. */
const exposureSeries = (variant: string, exposure_counts: number[]) => ({
  days: EXPOSURE_DAYS,
  exposure_counts,
  variant,
});

// PostHog's own exposure_query_result.json, verbatim.
export const exposureResult = {
  cache_key: 'cache_bba689ce3132fef5d97b652c6a96e871',
  cache_target_age: '2025-03-07T18:04:07.837340Z',
  date_range: {
    date_from: '2025-02-23T18:03:00+00:00',
    date_to: null,
    explicitDate: true,
  },
  is_cached: true,
  kind: 'ExperimentExposureQuery',
  last_refresh: '2025-03-06T18:04:07.837340Z',
  next_allowed_client_refresh: '2025-03-06T18:05:07.837340Z',
  timeseries: [
    {
      days: EXPOSURE_DAYS,
      exposure_counts: [0.0, 0.0, 0.0, 0.0, 38.0, 179.0, 317.0, 473.0, 631.0, 756.0, 889.0, 975.0],
      variant: 'test',
    },
    {
      days: EXPOSURE_DAYS,
      exposure_counts: [0.0, 0.0, 0.0, 0.0, 45.0, 182.0, 347.0, 487.0, 625.0, 780.0, 922.0, 1025.0],
      variant: 'control',
    },
  ],
  timezone: 'UTC',
  total_exposures: {
    test: 975.0,
    control: 1025.0,
  },
};

/**
 * The exposure answer with a sample-ratio mismatch: test short of its half (700 of 1,725), the chi-square
 * p-value the server would send for it, and people seen in both variants (`$multiple`).
 */
export const mismatchedExposureResult = {
  ...exposureResult,
  timeseries: [
    exposureSeries('test', [0, 0, 0, 0, 20, 120, 240, 350, 460, 560, 640, 700]),
    exposureSeries('control', [0, 0, 0, 0, 45, 182, 347, 487, 625, 780, 922, 1025]),
    exposureSeries('$multiple', [0, 0, 0, 0, 1, 4, 8, 11, 14, 17, 19, 21]),
  ],
  total_exposures: { test: 700, control: 1025, $multiple: 21 },
  sample_ratio_mismatch: {
    expected: { control: 862.5, test: 862.5 },
    p_value: 5.073323727428503e-15,
  },
  bias_risk: { multiple_variant_percentage: 1.2 },
};

/** A PostHog error body for a metric whose query failed. */
export const queryErrorBody = {
  type: 'validation_error',
  code: 'invalid_input',
  detail: 'Experiment with id 42 not found',
  attr: null,
};
