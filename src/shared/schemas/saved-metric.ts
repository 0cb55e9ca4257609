import { z } from 'zod';
import { UserBasic } from './common';

export const SavedMetricType = z.enum(['primary', 'secondary']);

export const ExperimentSavedMetric = z.looseObject({
  id: z.number(),
  name: z.string(),
  description: z.string().nullish(),
  query: z.looseObject({ kind: z.string().optional(), metric_type: z.string().optional() }),
  tags: z.array(z.string()).nullish(),
  created_by: UserBasic.nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
  user_access_level: z.string().nullish(),
});
export type ExperimentSavedMetric = z.infer<typeof ExperimentSavedMetric>;

const savedMetricWritable = {
  name: z.string().min(1).max(400),
  description: z.string().max(400).nullish(),
  query: z.record(z.string(), z.unknown()),
  tags: z.array(z.string().max(255)).max(100).optional(),
};
export const SavedMetricCreateInput = z.strictObject(savedMetricWritable);
export const SavedMetricPatchInput = z.strictObject(savedMetricWritable).partial();

/** A link between an experiment and a shared metric, as the experiment renders it. */
export const ExperimentToSavedMetric = z.looseObject({
  id: z.number(),
  experiment: z.number().optional(),
  saved_metric: z.number(),
  metadata: z.looseObject({ type: z.string().optional() }).nullish(),
  created_at: z.string().nullish(),
  query: z.looseObject({}).nullish(),
  name: z.string().nullish(),
});
export type ExperimentToSavedMetric = z.infer<typeof ExperimentToSavedMetric>;

export const SavedMetricLinkInput = z.strictObject({
  id: z.number().int(),
  metadata: z.looseObject({ type: SavedMetricType }).optional(),
});
export type SavedMetricLinkInput = z.infer<typeof SavedMetricLinkInput>;
