import type { Experiment, PatchedExperimentInput } from '@/shared';
import type { ConclusionFormOutput } from '@/features/experiments/utils/conclusion-fields';

/** Only what differs from the saved experiment (a blank comment is saved as none). */
export function conclusionPatch(
  experiment: Pick<Experiment, 'conclusion' | 'conclusion_comment'>,
  values: ConclusionFormOutput,
): PatchedExperimentInput {
  const comment = values.comment.trim() ? values.comment : null;
  return {
    ...(values.conclusion !== experiment.conclusion && { conclusion: values.conclusion }),
    ...(comment !== (experiment.conclusion_comment ?? null) && { conclusion_comment: comment }),
  };
}
