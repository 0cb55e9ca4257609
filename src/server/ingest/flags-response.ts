import type { FlagEvaluation } from './evaluate-flag';
import type { ProjectFlag } from './project-flags';

export interface EvaluatedFlag {
  flag: ProjectFlag;
  evaluation: FlagEvaluation;
}

const valueOf = ({ evaluation }: EvaluatedFlag) => evaluation.variant ?? evaluation.enabled;

/** The v2 `flags` map: per key, value, reason and metadata (PostHog's FlagDetails). */
function flagDetails(evaluated: readonly EvaluatedFlag[]) {
  return Object.fromEntries(
    evaluated.map(({ flag, evaluation }) => [
      flag.key,
      {
        key: flag.key,
        enabled: evaluation.enabled,
        variant: evaluation.variant,
        reason: evaluation.reason,
        metadata: {
          id: flag.id,
          version: flag.version,
          description: flag.name || null,
          payload: evaluation.payload,
        },
      },
    ]),
  );
}

const allValues = (evaluated: readonly EvaluatedFlag[]) =>
  Object.fromEntries(evaluated.map((e) => [e.flag.key, valueOf(e)]));

const payloads = (evaluated: readonly EvaluatedFlag[]) =>
  Object.fromEntries(
    evaluated
      .filter((e) => e.evaluation.payload != null)
      .map((e) => [e.flag.key, e.evaluation.payload]),
  );

const active = (evaluated: readonly EvaluatedFlag[]) =>
  evaluated.filter((e) => valueOf(e) !== false);

/**
 * The flags part of an answer in `/decide/`'s versions (decide.py's _format_feature_flags_response): 1 lists
 * the keys that are on, 2 maps them to their values, 3 maps every flag and adds payloads, 4 and up give the
 * detailed `flags` map (what `/flags/?v=2` answers), which here also carries the v3 keys older SDKs read.
 */
export function flagsBody(evaluated: readonly EvaluatedFlag[], version: number) {
  if (version <= 1) return { featureFlags: active(evaluated).map((e) => e.flag.key) };
  if (version === 2) return { featureFlags: allValues(active(evaluated)) };
  const legacy = {
    featureFlags: allValues(evaluated),
    errorsWhileComputingFlags: false,
    featureFlagPayloads: payloads(evaluated),
  };
  return version === 3 ? legacy : { flags: flagDetails(evaluated), ...legacy };
}
