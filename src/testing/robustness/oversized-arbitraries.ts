import fc from 'fast-check';

/**
 * Bodies meant to make one request expensive for every later one (issue 16): nesting far past the limit,
 * bodies over the size limit, one list item repeated thousands of times, and free-form JSON fields larger
 * than any real one. Written as raw text where JSON.stringify itself could not write them.
 */

const KB = 1024;

/** `[[[[…` or `{"a":{"a":…` from just past the limit to 20,000 levels, closed or not. */
export const deepText = fc
  .tuple(fc.integer({ min: 65, max: 20_000 }), fc.boolean(), fc.boolean())
  .map(([depth, arrays, closed]) => {
    const open = arrays ? '[' : '{"a":';
    const close = arrays ? ']' : '}';
    return `{"name":${open.repeat(depth)}1${closed ? close.repeat(depth) : ''}}`;
  });

/** A valid-looking experiment whose one field makes the body 1 to 3 MB. */
export const oversizedText = fc
  .tuple(
    fc.integer({ min: 1024 * KB + 1, max: 3 * 1024 * KB }),
    fc.constantFrom('description', 'filters', 'name'),
  )
  .map(([bytes, field]) =>
    JSON.stringify({
      name: 'Oversized',
      feature_flag_key: 'oversized',
      [field]: field === 'filters' ? { junk: 'x'.repeat(bytes) } : 'x'.repeat(bytes),
    }),
  );

/** One item repeated: saved-metric links, metrics, variants, funnel steps, ordering uuids. */
export const repeatedLists = (savedMetricId: number, metric: Record<string, unknown>) =>
  fc.oneof(
    fc.integer({ min: 2, max: 20_000 }).map((n) => ({
      saved_metrics_ids: Array(n).fill({ id: savedMetricId, metadata: { type: 'primary' } }),
    })),
    fc.integer({ min: 51, max: 5_000 }).map((n) => ({ metrics: Array(n).fill(metric) })),
    fc.integer({ min: 51, max: 5_000 }).map((n) => ({ metrics_secondary: Array(n).fill(metric) })),
    fc.integer({ min: 21, max: 5_000 }).map((n) => ({
      parameters: {
        feature_flag_variants: Array.from({ length: n }, (_, i) => ({
          key: i === 0 ? 'control' : `v${i}`,
          split_percent: 0,
        })),
      },
    })),
    fc.integer({ min: 31, max: 5_000 }).map((n) => ({
      metrics: [
        { kind: 'ExperimentMetric', metric_type: 'funnel', series: Array(n).fill(metric.source) },
      ],
    })),
    fc.integer({ min: 101, max: 20_000 }).map((n) => ({
      primary_metrics_ordered_uuids: Array(n).fill('00000000-0000-0000-0000-000000000000'),
    })),
  );

/** A free-form JSON field from 64 kB to 900 kB (under the body limit, over the field's). */
export const hugeField = fc
  .tuple(
    fc.integer({ min: 64 * KB + 1, max: 900 * KB }),
    fc.constantFrom(
      'filters',
      'parameters',
      'scheduling_config',
      'secondary_metrics',
      'stats_config',
    ),
  )
  .map(([bytes, field]) => ({
    [field]: field === 'secondary_metrics' ? ['x'.repeat(bytes)] : { x: 'x'.repeat(bytes) },
  }));
