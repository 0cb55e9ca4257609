import type { Experiment } from '@/shared';

/**
 * Results depend on the experiment's window and set-up as well as its id, so the key carries a stamp of
 * them: ending, resetting or editing an experiment asks for new results without an explicit invalidation.
 */
function stamp(experiment: Experiment): string {
  return [experiment.start_date, experiment.end_date, experiment.updated_at].join('|');
}

export const resultsKeys = {
  all: ['results'] as const,
  experiment: (id: number) => [...resultsKeys.all, id] as const,
  exposures: (experiment: Experiment) =>
    [...resultsKeys.experiment(experiment.id), 'exposures', stamp(experiment)] as const,
  metric: (experiment: Experiment, metricKey: string, fingerprint: string) =>
    [
      ...resultsKeys.experiment(experiment.id),
      'metric',
      metricKey,
      fingerprint,
      stamp(experiment),
    ] as const,
};
