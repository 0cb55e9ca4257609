import { experimentStatus, userDisplayName, type Experiment } from '@/shared';
import { useDisplayZoneKnown } from '@/lib/display-zone';
import { formatDateTime } from '@/lib/format-date';
import { useServingNow } from '../hooks/use-serving-now';
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

/** A paused experiment has not ended: say since when it is paused (when the activity log knows). */
function notEnded(experiment: Experiment, offSince: string | null): string {
  if (!experiment.start_date) return 'Not launched yet';
  if (experimentStatus(experiment) !== 'paused') return 'Still running';
  const since = formatDateTime(offSince);
  return since ? `Not ended: paused since ${since}` : 'Not ended: paused';
}

/** The experiment's set-up at a glance, read-only. */
export function ExperimentFacts({ experiment }: { experiment: Experiment }) {
  useDisplayZoneKnown();
  const serving = useServingNow(experiment);
  const facts: Fact[] = [
    { term: 'Feature flag', value: <FlagSummary experiment={experiment} serving={serving} /> },
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
        <DateText iso={experiment.end_date} fallback={notEnded(experiment, serving.offSince)} />
      ),
    },
  ];
  return <FactList facts={facts} />;
}
