import { z } from 'zod/mini';

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
  value: z.optional(z.unknown()),
  operator: z.nullish(z.string()),
  type: z.optional(z.string()),
  label: z.nullish(z.string()),
});
export type PropertyFilter = z.infer<typeof PropertyFilter>;

function nodeFields() {
  return {
    name: z.nullish(z.string()),
    custom_name: z.nullish(z.string()),
    // Insight math is wider than experiment math; PostHog accepts any of it on the node.
    math: z.nullish(z.string()),
    math_property: z.nullish(z.string()),
    math_property_type: z.nullish(z.string()),
    math_property_revenue_currency: z.optional(z.unknown()),
    math_hogql: z.nullish(z.string()),
    math_group_type_index: z.nullish(z.int().check(z.minimum(0), z.maximum(4))),
    math_multiplier: z.nullish(z.number()),
    properties: z.nullish(z.array(PropertyFilter)),
    fixedProperties: z.nullish(z.array(PropertyFilter)),
    optionalInFunnel: z.nullish(z.boolean()),
    limit: z.nullish(z.int()),
    orderBy: z.nullish(z.array(z.string())),
    response: z.optional(z.unknown()),
    version: z.nullish(z.number()),
  };
}

export function makeEventSource(object: ObjectFactory) {
  const eventsNode = object({
    kind: z.literal('EventsNode'),
    event: z.nullish(z.string().check(z.maxLength(400))),
    ...nodeFields(),
  });
  const actionsNode = object({
    kind: z.literal('ActionsNode'),
    id: z.int(),
    ...nodeFields(),
  });
  return z.discriminatedUnion('kind', [eventsNode, actionsNode]);
}

export const EventSource = makeEventSource(z.looseObject);
export type EventSource = z.infer<typeof EventSource>;
