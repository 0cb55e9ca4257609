import { userDisplayName, type Experiment } from '@/shared';
import { metricCounts } from '../utils/metric-counts';
import { DateText } from './date-text';
import { FactList, type Fact } from './fact-list';
import { FlagSummary } from './flag-summary';

const TYPE_LABELS: Record<string, string> = { product: 'Product', web: 'Web (no-code)' };

function describeMetrics(experiment: Experiment): string {
  const { primary, secondary } = metricCounts(experiment);
  if (primary + secondary === 0) return 'No metrics yet';
  return `${primary} primary · ${secondary} secondary`;
}

/** The experiment's set-up at a glance, read-only. */
export function ExperimentFacts({ experiment }: { experiment: Experiment }) {
  const facts: Fact[] = [
    { term: 'Feature flag', value: <FlagSummary experiment={experiment} /> },
    { term: 'Type', value: TYPE_LABELS[experiment.type ?? ''] ?? experiment.type ?? 'Not set' },
    { term: 'Metrics', value: describeMetrics(experiment) },
    { term: 'Created by', value: userDisplayName(experiment.created_by) },
    { term: 'Created', value: <DateText iso={experiment.created_at} fallback="Unknown" /> },
    {
      term: 'Started',
      value: <DateText iso={experiment.start_date} fallback="Not launched yet" />,
    },
    {
      term: 'Ended',
      value: (
        <DateText
          iso={experiment.end_date}
          fallback={experiment.start_date ? 'Still running' : 'Not launched yet'}
        />
      ),
    },
  ];
  return <FactList facts={facts} />;
}
