import type { Experiment } from '@/shared';

let nextId = 1;

/** A realistic draft experiment (shape of PostHog's own fixtures); override what a test cares about. */
export function makeExperiment(overrides: Partial<Experiment> = {}): Experiment {
  const id = overrides.id ?? nextId++;
  const key = overrides.feature_flag_key ?? `experiment-${id}`;
  return {
    id,
    name: `Experiment ${id}`,
    description: null,
    start_date: null,
    end_date: null,
    feature_flag_key: key,
    feature_flag: {
      id: 100 + id,
      team_id: 1,
      key,
      name: `Feature Flag for Experiment ${id}`,
      active: false,
      deleted: false,
      filters: {
        groups: [{ properties: [], rollout_percentage: 100 }],
        multivariate: {
          variants: [
            { key: 'control', rollout_percentage: 50 },
            { key: 'test', rollout_percentage: 50 },
          ],
        },
      },
    },
    parameters: {
      feature_flag_variants: [
        { key: 'control', name: 'Control', rollout_percentage: 50, split_percent: 50 },
        { key: 'test', name: 'Test', rollout_percentage: 50, split_percent: 50 },
      ],
    },
    archived: false,
    created_by: {
      id: 1,
      uuid: 'u-1',
      email: 'ada@example.com',
      first_name: 'Ada',
      last_name: 'Lovelace',
    },
    created_at: '2025-03-05T12:06:23.533Z',
    updated_at: '2025-03-05T12:06:23.533Z',
    type: 'product',
    metrics: [],
    metrics_secondary: [],
    saved_metrics: [],
    user_access_level: 'editor',
    ...overrides,
  };
}
