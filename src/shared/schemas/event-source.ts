import { z } from 'zod';

/**
 * Sources of experiment metrics (EventsNode / ActionsNode). Built by a factory so the same field list
 * gives a strict request schema (PostHog's pydantic models forbid unknown keys) and a lenient response one.
 */
type ObjectFactory = typeof z.strictObject | typeof z.looseObject;

export const EXPERIMENT_MATH = [
  'total',
  'sum',
  'unique_session',
  'min',
  'max',
  'avg',
  'dau',
  'unique_group',
  'hogql',
] as const;
export type ExperimentMath = (typeof EXPERIMENT_MATH)[number];

export const PropertyFilter = z.looseObject({
  key: z.string(),
  value: z.unknown().optional(),
  operator: z.string().nullish(),
  type: z.string().optional(),
  label: z.string().nullish(),
});
export type PropertyFilter = z.infer<typeof PropertyFilter>;

function nodeFields() {
  return {
    name: z.string().nullish(),
    custom_name: z.string().nullish(),
    // Insight math is wider than experiment math; PostHog accepts any of it on the node.
    math: z.string().nullish(),
    math_property: z.string().nullish(),
    math_property_type: z.string().nullish(),
    math_property_revenue_currency: z.unknown().optional(),
    math_hogql: z.string().nullish(),
    math_group_type_index: z.number().int().min(0).max(4).nullish(),
    math_multiplier: z.number().nullish(),
    properties: z.array(PropertyFilter).nullish(),
    fixedProperties: z.array(PropertyFilter).nullish(),
    optionalInFunnel: z.boolean().nullish(),
    limit: z.number().int().nullish(),
    orderBy: z.array(z.string()).nullish(),
    response: z.unknown().optional(),
    version: z.number().nullish(),
  };
}

export function makeEventSource(object: ObjectFactory) {
  const eventsNode = object({
    kind: z.literal('EventsNode'),
    event: z.string().max(400).nullish(),
    ...nodeFields(),
  });
  const actionsNode = object({
    kind: z.literal('ActionsNode'),
    id: z.number().int(),
    ...nodeFields(),
  });
  return z.discriminatedUnion('kind', [eventsNode, actionsNode]);
}

export const EventSource = makeEventSource(z.looseObject);
export type EventSource = z.infer<typeof EventSource>;
