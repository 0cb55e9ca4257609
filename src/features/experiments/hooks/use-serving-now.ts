import {
  experimentStatus,
  flagIsOn,
  holdoutExclusionPercent,
  servingNow,
  type Experiment,
  type ServingNow,
  type ServingNowOptions,
} from '@/shared';
import { useExperimentActivity, useFlagActivity } from '../api/get-activity';
import { flagOffSince } from '../utils/flag-off-since';

/**
 * What the experiment (not its flag) adds to a "serving now" sentence: paused or not, and its holdout. Every
 * sentence about an experiment's flag reads these, so a dialog's "after" agrees with the header's "now".
 */
export function experimentServingOptions(experiment: Experiment): ServingNowOptions {
  return {
    paused: experimentStatus(experiment) === 'paused',
    holdoutPercent: experiment.holdout ? holdoutExclusionPercent(experiment.holdout) : undefined,
  };
}

/**
 * What the experiment's flag serves now, with "since when" for a flag that is off (read from the
 * experiment's and the flag's activity, which load only then). The header line, the Variants table, the
 * facts, the editor's facts and the flag switch dialog all read this, so they cannot disagree.
 */
export function useServingNow(experiment: Experiment): ServingNow & { offSince: string | null } {
  const flag = experiment.feature_flag;
  const off = !!flag && !flag.deleted && !flagIsOn(flag);
  const own = useExperimentActivity(experiment.id, { enabled: off });
  const flagEntries = useFlagActivity(experiment, off);
  const offSince = off ? flagOffSince([...(own.data ?? []), ...(flagEntries.data ?? [])]) : null;
  const serving = servingNow(flag, { ...experimentServingOptions(experiment), offSince });
  return { ...serving, offSince };
}
