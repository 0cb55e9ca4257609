import { useInfiniteQuery } from '@tanstack/react-query';
import {
  experimentStatus,
  holdoutExclusionPercent,
  servingNow,
  type Experiment,
  type ServingNow,
} from '@/shared';
import { experimentActivityQueryOptions, useFlagActivity } from '../api/get-activity';
import { flagOffSince } from '../utils/flag-off-since';

/**
 * What the experiment's flag serves now, with "since when" for a flag that is off (read from the
 * experiment's and the flag's activity, which load only then). The header line, the Variants table and the
 * facts all read this, so they cannot disagree.
 */
export function useServingNow(experiment: Experiment): ServingNow & { offSince: string | null } {
  const flag = experiment.feature_flag;
  const off = !!flag && !flag.deleted && flag.active === false;
  const own = useInfiniteQuery({
    ...experimentActivityQueryOptions(experiment.id),
    enabled: off,
    select: (data) => data.pages.flatMap((page) => page.results),
  });
  const flagEntries = useFlagActivity(experiment, off);
  const offSince = off ? flagOffSince([...(own.data ?? []), ...(flagEntries.data ?? [])]) : null;
  const serving = servingNow(flag, {
    offSince,
    paused: experimentStatus(experiment) === 'paused',
    holdoutPercent: experiment.holdout ? holdoutExclusionPercent(experiment.holdout) : undefined,
  });
  return { ...serving, offSince };
}
