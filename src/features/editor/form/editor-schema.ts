import { z } from 'zod/mini';
import {
  DESCRIPTION_MAX,
  EXPERIMENT_TYPES,
  FLAG_KEY_PATTERN,
  MULTIPLE_VARIANT_HANDLING,
  NAME_MAX,
  STATS_METHODS,
} from '@/shared';
import { editorProblems } from './editor-rules';
import type { EditorValues, MetricValue } from './editor-values';

const percent = (what: string) =>
  z
    .number({ error: `Enter ${what} as a number.` })
    .check(
      z.minimum(0, `${what} can't be below 0%.`),
      z.maximum(100, `${what} can't be above 100%.`),
    );

const variant = z.object({
  key: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Give the variant a key.'),
      z.maxLength(400, 'Keep the key under 400 characters.'),
      z.regex(FLAG_KEY_PATTERN, 'Only letters, numbers, hyphens (-) and underscores (_).'),
    ),
  name: z.string().check(z.maxLength(400, 'Keep the name under 400 characters.')),
  percent: percent('The split').check(z.int('Use a whole percent.')),
});

/** One property filter row (exposure, metric sources); its key is checked in propertyFilterProblems. */
export const propertyFilter = z.object({
  key: z.string(),
  operator: z.string(),
  value: z.string(),
});
const metric = z.custom<MetricValue>((value) => typeof value === 'object' && value !== null);

/**
 * The editor form's schema: each field's own rule here, rules across fields in editor-rules.ts. Messages
 * say what to do; PostHog's limits come from the shared contract.
 */
export const editorSchema: z.ZodMiniType<EditorValues, EditorValues> = z
  .object({
    name: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'Give the experiment a name.'),
        z.maxLength(NAME_MAX, `Keep the name under ${NAME_MAX} characters.`),
      ),
    description: z
      .string()
      .check(
        z.maxLength(DESCRIPTION_MAX, `Keep the description under ${DESCRIPTION_MAX} characters.`),
      ),
    featureFlagKey: z.string(),
    type: z.enum(EXPERIMENT_TYPES),
    holdoutId: z.nullable(z.int()),
    startDate: z.nullable(z.string()),
    endDate: z.nullable(z.string()),
    variants: z.array(variant),
    rolloutPercent: percent('The rollout'),
    minimumDetectableEffect: z.nullable(
      z
        .number()
        .check(
          z.gt(0, 'The minimum detectable effect must be above 0%.'),
          z.maximum(100, "The minimum detectable effect can't be above 100%."),
        ),
    ),
    statsMethod: z.enum(STATS_METHODS),
    confidencePercent: z
      .number({ error: 'Enter the confidence level as a number.' })
      .check(
        z.gt(0, 'The confidence level must be above 0%.'),
        z.lt(100, 'The confidence level must be below 100%.'),
      ),
    filterTestAccounts: z.boolean(),
    customExposure: z.boolean(),
    exposureEvent: z.string().check(z.maxLength(400, 'Keep the event name under 400 characters.')),
    exposureAction: z.nullable(z.object({ id: z.number(), name: z.string() })),
    exposureProperties: z.array(propertyFilter),
    multipleVariantHandling: z.enum(MULTIPLE_VARIANT_HANDLING),
    onlyCountMaturedUsers: z.boolean(),
    primaryMetrics: z.array(metric),
    secondaryMetrics: z.array(metric),
    savedMetrics: z.array(z.object({ id: z.number(), type: z.enum(['primary', 'secondary']) })),
  })
  .check(
    z.superRefine((values, ctx) => {
      for (const problem of editorProblems(values)) {
        ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
      }
    }),
  );
