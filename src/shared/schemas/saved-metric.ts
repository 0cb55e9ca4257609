import { z } from 'zod/mini';
import { UserBasic } from './common';

export const SavedMetricType = z.enum(['primary', 'secondary']);

export const ExperimentSavedMetric = z.looseObject({
  id: z.number(),
  name: z.string(),
  description: z.nullish(z.string()),
  query: z.looseObject({ kind: z.optional(z.string()), metric_type: z.optional(z.string()) }),
  tags: z.nullish(z.array(z.string())),
  created_by: z.nullish(UserBasic),
  created_at: z.nullish(z.string()),
  updated_at: z.nullish(z.string()),
  user_access_level: z.nullish(z.string()),
});
export type ExperimentSavedMetric = z.infer<typeof ExperimentSavedMetric>;

const savedMetricWritable = {
  name: z.string().check(z.minLength(1), z.maxLength(400)),
  description: z.nullish(z.string().check(z.maxLength(400))),
  query: z.record(z.string(), z.unknown()),
  tags: z.optional(z.array(z.string().check(z.maxLength(255))).check(z.maxLength(100))),
};
export const SavedMetricCreateInput = z.strictObject(savedMetricWritable);
export const SavedMetricPatchInput = z.partial(z.strictObject(savedMetricWritable));

/** A link between an experiment and a shared metric, as the experiment renders it. */
export const ExperimentToSavedMetric = z.looseObject({
  id: z.number(),
  experiment: z.optional(z.number()),
  saved_metric: z.number(),
  metadata: z.nullish(z.looseObject({ type: z.optional(z.string()) })),
  created_at: z.nullish(z.string()),
  query: z.nullish(z.looseObject({})),
  name: z.nullish(z.string()),
});
export type ExperimentToSavedMetric = z.infer<typeof ExperimentToSavedMetric>;

export const SavedMetricLinkInput = z.strictObject({
  id: z.int(),
  metadata: z.optional(z.looseObject({ type: SavedMetricType })),
});
export type SavedMetricLinkInput = z.infer<typeof SavedMetricLinkInput>;
