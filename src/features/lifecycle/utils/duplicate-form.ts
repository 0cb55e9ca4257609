import { z } from 'zod/mini';
import { flagKeyProblem, NAME_MAX, type DuplicateExperimentInput } from '@/shared';

export const DuplicateForm = z
  .object({
    name: z
      .string()
      .check(z.trim(), z.minLength(1, 'Give the copy a name.'), z.maxLength(NAME_MAX)),
    flagMode: z.enum(['new', 'reuse']),
    flagKey: z.string().check(z.trim()),
  })
  .check(
    z.superRefine((form, ctx) => {
      if (form.flagMode !== 'new') return;
      const problem = flagKeyProblem(form.flagKey);
      if (problem) ctx.addIssue({ code: 'custom', path: ['flagKey'], message: problem });
    }),
  );
export type DuplicateFormInput = z.input<typeof DuplicateForm>;
export type DuplicateFormOutput = z.output<typeof DuplicateForm>;

/** Without a key PostHog reuses the original's flag; with one it creates (or reuses) that flag. */
export function duplicateBody(form: DuplicateFormOutput): DuplicateExperimentInput {
  return form.flagMode === 'new'
    ? { name: form.name, feature_flag_key: form.flagKey }
    : { name: form.name };
}

/** The copy's defaults: PostHog's "(Copy)" name and a flag key that is free in most projects. */
export function duplicateDefaults(experiment: {
  name: string;
  feature_flag_key: string;
}): DuplicateFormInput {
  return {
    name: `${experiment.name} (Copy)`.slice(0, NAME_MAX),
    flagMode: 'new',
    flagKey: `${experiment.feature_flag_key}-copy`.slice(0, 400),
  };
}
