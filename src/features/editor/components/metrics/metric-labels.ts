import type { ExperimentMath, MetricType, TimeUnit } from '@/shared';

/** What each metric type measures, in one sentence (the type chooser shows these). */
export const METRIC_TYPE_LABELS: Record<MetricType, { label: string; description: string }> = {
  mean: {
    label: 'Mean',
    description:
      'The average per user of a count or a property, e.g. purchases or revenue per user.',
  },
  funnel: {
    label: 'Funnel',
    description: 'The share of exposed users who go on to complete a series of steps.',
  },
  ratio: {
    label: 'Ratio',
    description: 'One measure divided by another, e.g. revenue per order or clicks per pageview.',
  },
  retention: {
    label: 'Retention',
    description: 'The share of users who do a start event and come back for a completion event.',
  },
};

/** Experiment math (contract §2.7), with what each one counts. */
export const MATH_LABELS: Record<ExperimentMath, { label: string; description: string }> = {
  total: { label: 'Total count', description: 'Every time the event happens' },
  dau: { label: 'Unique users', description: 'Users who did the event at least once' },
  unique_session: { label: 'Unique sessions', description: 'Sessions with the event' },
  sum: { label: 'Sum of a property', description: 'Adds up a numeric property' },
  avg: { label: 'Average of a property', description: 'Averages a numeric property' },
  min: { label: 'Minimum of a property', description: 'Smallest value of a property' },
  max: { label: 'Maximum of a property', description: 'Largest value of a property' },
  unique_group: { label: 'Unique groups', description: 'Companies or other groups with the event' },
  hogql: { label: 'HogQL expression', description: 'A custom SQL-like expression' },
};

export const UNIT_LABELS: Record<TimeUnit, string> = {
  second: 'seconds',
  minute: 'minutes',
  hour: 'hours',
  day: 'days',
  week: 'weeks',
  month: 'months',
};
