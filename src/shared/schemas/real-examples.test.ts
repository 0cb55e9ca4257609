import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { experimentStatus } from '../rules/status';
import { Experiment } from './experiment';
import { isKnownMetric } from './metric';

// Verbatim copies of shared/posthog/examples (see the .source.txt beside each).
const EXAMPLES = join(import.meta.dirname, '../../testing/fixtures/posthog');
const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));

describe('real PostHog payloads parse leniently', () => {
  it('finds the examples', () => expect(files.length).toBeGreaterThanOrEqual(2));

  it.each(files)('%s', (file) => {
    const raw = JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as Record<string, unknown>;
    const parsed = Experiment.parse(raw);
    expect(parsed.id).toBe(raw.id);
    // Unknown keys (recommended_sample_size, holdout_groups, …) survive the parse.
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(raw);
    for (const metric of parsed.metrics ?? []) expect(isKnownMetric(metric)).toBe(true);
  });

  it('derives the status of payloads that predate the status field', () => {
    const statuses = files.map((file) =>
      experimentStatus(Experiment.parse(JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')))),
    );
    expect(statuses.sort()).toEqual(['draft', 'running']);
  });

  it('keeps a future field and a new enum value instead of failing', () => {
    const future = Experiment.parse({
      id: 1,
      name: 'x',
      feature_flag_key: 'x',
      status: 'exposure_frozen',
      is_legacy: false,
    });
    expect(future).toMatchObject({ status: 'exposure_frozen', is_legacy: false });
  });
});
