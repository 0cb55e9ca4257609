import { z } from 'zod/mini';
import {
  EXPERIMENT_MATH,
  FUNNEL_ORDER_TYPES,
  METRIC_TYPES,
  START_HANDLING,
  TIME_UNITS,
} from '@/shared';
import { propertyFilterProblems } from '../form/editor-rules';
import { propertyFilter } from '../form/editor-schema';
import { PROPERTY_MATH, type MetricFormValues, type SourceValue } from './metric-form-values';

type Issue = { path: (string | number)[]; message: string };

const source = z.object({
  event: z.string().check(z.maxLength(400, 'Keep the event name under 400 characters.')),
  action: z.nullable(z.object({ id: z.int(), name: z.string() })),
  math: z.enum(EXPERIMENT_MATH),
  mathProperty: z.string(),
  mathHogql: z.string(),
  mathGroupTypeIndex: z.int().check(z.minimum(0), z.maximum(4)),
  properties: z.array(propertyFilter),
  node: z.nullable(z.record(z.string(), z.unknown())),
});

const wholeNumber = (what: string) =>
  z
    .number({ error: `Enter ${what} as a whole number.` })
    .check(z.int(`Use a whole number for ${what}.`));

function sourceIssues(value: SourceValue, path: (string | number)[], withMath: boolean): Issue[] {
  const issues: Issue[] = [];
  if (!value.event.trim() && !value.action)
    issues.push({ path: [...path, 'event'], message: 'Choose an event or an action.' });
  issues.push(...propertyFilterProblems(value.properties, [...path, 'properties']));
  if (!withMath) return issues;
  if (PROPERTY_MATH.has(value.math) && !value.mathProperty.trim()) {
    issues.push({ path: [...path, 'mathProperty'], message: 'Name the property to aggregate.' });
  }
  if (value.math === 'hogql' && !value.mathHogql.trim()) {
    issues.push({ path: [...path, 'mathHogql'], message: 'Write the HogQL expression.' });
  }
  return issues;
}

/** Rules that depend on the metric type: only the chosen type's inputs are checked. */
export function metricFormIssues(values: MetricFormValues): Issue[] {
  switch (values.metricType) {
    case 'mean':
      return sourceIssues(values.source, ['source'], true);
    case 'funnel':
      if (values.steps.length === 0)
        return [{ path: ['steps', 'root'], message: 'Add at least one step.' }];
      return values.steps.flatMap((step, i) => sourceIssues(step, ['steps', i], false));
    case 'ratio':
      return [
        ...sourceIssues(values.numerator, ['numerator'], true),
        ...sourceIssues(values.denominator, ['denominator'], true),
      ];
    case 'retention': {
      const issues = [
        ...sourceIssues(values.startEvent, ['startEvent'], false),
        ...sourceIssues(values.completionEvent, ['completionEvent'], false),
      ];
      if (values.retentionWindowEnd <= values.retentionWindowStart) {
        issues.push({
          path: ['retentionWindowEnd'],
          message: 'The window must end after it starts.',
        });
      }
      return issues;
    }
  }
}

export const metricFormSchema: z.ZodMiniType<MetricFormValues, MetricFormValues> = z
  .object({
    metricType: z.enum(METRIC_TYPES),
    name: z.string().check(z.maxLength(400, 'Keep the name under 400 characters.')),
    goal: z.enum(['increase', 'decrease']),
    conversionWindow: z.nullable(
      wholeNumber('the conversion window').check(
        z.minimum(1, 'The conversion window must be at least 1.'),
      ),
    ),
    conversionWindowUnit: z.enum(TIME_UNITS),
    source,
    steps: z.array(source),
    funnelOrderType: z.enum(FUNNEL_ORDER_TYPES),
    numerator: source,
    denominator: source,
    startEvent: source,
    completionEvent: source,
    retentionWindowStart: wholeNumber('the window start').check(
      z.minimum(0, "The window can't start before 0."),
    ),
    retentionWindowEnd: wholeNumber('the window end'),
    retentionWindowUnit: z.enum(TIME_UNITS),
    startHandling: z.enum(START_HANDLING),
  })
  .check(
    z.superRefine((values, ctx) => {
      for (const issue of metricFormIssues(values)) ctx.addIssue({ code: 'custom', ...issue });
    }),
  );
