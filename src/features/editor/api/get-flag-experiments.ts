import {
  getFlagExperiments as listFlagExperiments,
  type OnFlag,
} from '@/features/experiments/api/get-flag-experiments';

/** Every experiment on this feature flag, archived ones too (an archived shipped one still decides it). */
export function getFlagExperiments(flagId: number, signal?: AbortSignal): Promise<OnFlag> {
  return listFlagExperiments(flagId, { withArchived: true }, signal);
}
