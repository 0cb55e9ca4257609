import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_API_BODY_BYTES } from '@/server/http/limits';
import { createTestServer, EXPERIMENTS, type TestServer } from '@/testing/server-harness';
import {
  createExperiment,
  dbHash,
  expectRawRejected,
  expectRejected,
  invalid,
  NOT_FOUND,
  TWO_VARIANTS,
} from '@/testing/server-helpers';

// Bad input never gets a 500: malformed JSON, wrong types, huge strings, unknown keys, ids that do not
// exist. Every refusal is a PostHog error body with the right status and attr, and changes nothing.

let server: TestServer;
let experimentId: number;
let holdoutId: number;
let savedMetricId: number;
let flagId: number;
beforeAll(async () => {
  server = createTestServer();
  const experiment = await createExperiment(server, { start_date: '2025-05-01T00:00:00Z' });
  experimentId = experiment.id;
  flagId = experiment.feature_flag.id;
  holdoutId = (
    await server.request('POST', '/api/projects/1/experiment_holdouts/', {
      name: 'H',
      filters: [{ properties: [], rollout_percentage: 10 }],
    })
  ).body.id;
  savedMetricId = (
    await server.request('POST', '/api/projects/1/experiment_saved_metrics/', {
      name: 'S',
      query: {
        kind: 'ExperimentMetric',
        metric_type: 'mean',
        source: { kind: 'EventsNode', event: 'purchase' },
      },
    })
  ).body.id;
});
afterAll(() => server.close());

/** Every endpoint that reads a JSON body. */
const WRITES: [string, () => string][] = [
  ['POST', () => EXPERIMENTS],
  ['PATCH', () => `${EXPERIMENTS}${experimentId}/`],
  ['PUT', () => `${EXPERIMENTS}${experimentId}/`],
  ['POST', () => `${EXPERIMENTS}${experimentId}/end/`],
  ['POST', () => `${EXPERIMENTS}${experimentId}/ship_variant/`],
  ['POST', () => `${EXPERIMENTS}${experimentId}/duplicate/`],
  ['POST', () => '/api/projects/1/experiment_holdouts/'],
  ['PATCH', () => `/api/projects/1/experiment_holdouts/${holdoutId}/`],
  ['PUT', () => `/api/projects/1/experiment_holdouts/${holdoutId}/`],
  ['POST', () => '/api/projects/1/experiment_saved_metrics/'],
  ['PATCH', () => `/api/projects/1/experiment_saved_metrics/${savedMetricId}/`],
  ['PUT', () => `/api/projects/1/experiment_saved_metrics/${savedMetricId}/`],
  ['PATCH', () => `/api/projects/1/feature_flags/${flagId}/`],
];
const WRITE_CASES = WRITES.map(([method, path]) => ({
  method,
  path,
  // The ids exist only once beforeAll ran; the label shows the route shape.
  label: path().replace(/undefined/g, ':id'),
}));

describe.each(WRITE_CASES)('$method $label', ({ method, path }) => {
  it.each([
    ['{"name": "unterminated'],
    ['{name: "no quotes"}'],
    ["{'single': 'quotes'}"],
    ['{"a": 1,}'],
    ['NaN'],
    ['\u0000'],
  ])('malformed JSON %j is a parse error', async (raw) => {
    const body = await expectRawRejected(server, method, path(), raw, 400, {
      type: 'invalid_request',
      code: 'parse_error',
      attr: null,
    });
    expect(body.detail).toMatch(/^JSON parse error - /);
  });

  it.each([
    ['[]', 'Invalid data. Expected a dictionary, but got list.'],
    ['[{"name": "x"}]', 'Invalid data. Expected a dictionary, but got list.'],
    ['"name"', 'Invalid data. Expected a dictionary, but got str.'],
    ['42', 'Invalid data. Expected a dictionary, but got int.'],
    ['4.2', 'Invalid data. Expected a dictionary, but got float.'],
    ['true', 'Invalid data. Expected a dictionary, but got bool.'],
  ])('a JSON %s body is refused', async (raw, detail) => {
    await expectRawRejected(server, method, path(), raw, 400, invalid(detail));
  });

  it('a JSON null body is refused', async () => {
    await expectRawRejected(
      server,
      method,
      path(),
      'null',
      400,
      invalid('This field may not be null.', null, 'null'),
    );
  });

  it('JSON nested deeper than any PostHog object is refused before it is stored', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    await expectRawRejected(server, method, path(), `{"scheduling_config": ${deep}}`, 400, {
      type: 'invalid_request',
      code: 'parse_error',
      detail: 'JSON parse error - nesting deeper than 64 levels',
      attr: null,
    });
  });
});

describe('wrong types on create, field by field', () => {
  const base = {
    name: 'Typed',
    feature_flag_key: 'typed-flag',
    parameters: { feature_flag_variants: TWO_VARIANTS },
  };
  it.each([
    ['name', {}, invalid('Not a valid string.', 'name')],
    ['name', true, invalid('Not a valid string.', 'name')],
    ['description', ['a'], invalid('Not a valid string.', 'description')],
    ['feature_flag_key', 12, invalid('Not a valid string.', 'feature_flag_key')],
    ['start_date', 12345, invalid('Not a valid string.', 'start_date')],
    [
      'end_date',
      '31/12/2025',
      invalid(
        'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].',
        'end_date',
      ),
    ],
    ['holdout_id', 'abc', invalid('A valid number is required.', 'holdout_id')],
    ['holdout_id', 1.5, invalid('A valid integer is required.', 'holdout_id')],
    ['parameters', 'x', invalid('Invalid data. Expected a dictionary, but got str.', 'parameters')],
    ['parameters', [], invalid('Invalid data. Expected a dictionary, but got list.', 'parameters')],
    [
      'parameters',
      { feature_flag_variants: 'x' },
      invalid(
        'Expected a list of items but got type "str".',
        'parameters__feature_flag_variants',
        'not_a_list',
      ),
    ],
    [
      'parameters',
      {
        feature_flag_variants: [
          { key: 'control', split_percent: '50' },
          { key: 'test', split_percent: 50 },
        ],
      },
      invalid(
        "Variant 'control' has an invalid split_percent: it must be a number from 0 to 100.",
        'parameters',
      ),
    ],
    [
      'parameters',
      {
        feature_flag_variants: [
          { key: 'control', split_percent: 150 },
          { key: 'test', split_percent: -50 },
        ],
      },
      invalid(
        "Variant 'control' has an invalid split_percent: it must be a number from 0 to 100.",
        'parameters',
      ),
    ],
    [
      'parameters',
      {
        feature_flag_variants: [
          { key: 7, split_percent: 50 },
          { key: 'test', split_percent: 50 },
        ],
      },
      invalid("Feature flag variant at index 0 must have a 'key' field", 'parameters'),
    ],
    [
      'parameters',
      {
        feature_flag_variants: [
          { key: 'control', split_percent: 50 },
          { key: 'control', split_percent: 50 },
        ],
      },
      invalid('Variant keys must be unique.', 'parameters'),
    ],
    [
      'parameters',
      {
        feature_flag_variants: [
          { key: 'control', split_percent: 50 },
          { key: 'te st', split_percent: 50 },
        ],
      },
      invalid(
        "Variant key 'te st' is invalid: only letters, numbers, hyphens (-) & underscores (_) are allowed.",
        'parameters',
      ),
    ],
    [
      'parameters',
      { rollout_percentage: 'all' },
      invalid('A valid number is required.', 'parameters__rollout_percentage'),
    ],
    ['metrics', 5, invalid('Metrics must be a list', 'metrics')],
    ['metrics', null, null],
    ['exposure_criteria', [], invalid('Invalid exposure criteria', 'exposure_criteria')],
    ['exposure_criteria', 'all', invalid('Invalid exposure criteria', 'exposure_criteria')],
    [
      'stats_config',
      'fast',
      invalid('Invalid data. Expected a dictionary, but got str.', 'stats_config'),
    ],
    ['archived', 'yes', invalid('Must be a valid boolean.', 'archived')],
    [
      'only_count_matured_users',
      1,
      invalid('Must be a valid boolean.', 'only_count_matured_users'),
    ],
    ['allow_unknown_events', 'true', invalid('Must be a valid boolean.', 'allow_unknown_events')],
    [
      'primary_metrics_ordered_uuids',
      'a',
      invalid(
        'Expected a list of items but got type "str".',
        'primary_metrics_ordered_uuids',
        'not_a_list',
      ),
    ],
    [
      'primary_metrics_ordered_uuids',
      [1],
      invalid('Not a valid string.', 'primary_metrics_ordered_uuids__0'),
    ],
    ['saved_metrics_ids', {}, invalid('Saved metrics must be a list', 'saved_metrics_ids')],
    [
      'saved_metrics_ids',
      [{ id: 'one' }],
      invalid(
        'Saved metric does not exist or does not belong to this project',
        'saved_metrics_ids',
      ),
    ],
    ['conclusion', 5, invalid('"5" is not a valid choice.', 'conclusion', 'invalid_choice')],
    ['type', [], invalid('"[]" is not a valid choice.', 'type', 'invalid_choice')],
    ['conclusion_comment', { text: 'x' }, invalid('Not a valid string.', 'conclusion_comment')],
  ])('%s = %j', async (field, value, expected) => {
    const payload = { ...base, [field]: value };
    if (expected === null) {
      // null is a documented value for these fields: accepted.
      const res = await server.request('POST', EXPERIMENTS, {
        ...payload,
        feature_flag_key: `typed-${field}`,
      });
      expect(res.status).toBe(201);
      return;
    }
    await expectRejected(server, 'POST', EXPERIMENTS, payload, 400, expected);
  });
});

describe('huge strings', () => {
  // Far over every field's own rule, and under the body and JSON-field limits so that the rule is reached.
  const HUGE = 60 * 1024;
  it.each([
    [
      'name',
      { name: 'n'.repeat(HUGE) },
      invalid('Ensure this field has no more than 400 characters.', 'name', 'max_length'),
    ],
    [
      'description',
      { description: 'd'.repeat(HUGE) },
      invalid('Ensure this field has no more than 3000 characters.', 'description', 'max_length'),
    ],
    [
      'feature_flag_key',
      { feature_flag_key: 'k'.repeat(HUGE) },
      invalid(
        'Ensure this field has no more than 400 characters.',
        'feature_flag_key',
        'max_length',
      ),
    ],
    [
      'conclusion_comment',
      { conclusion_comment: 'c'.repeat(HUGE) },
      invalid(
        'Ensure this field has no more than 4000 characters.',
        'conclusion_comment',
        'max_length',
      ),
    ],
    [
      'a variant key',
      {
        parameters: {
          feature_flag_variants: [
            { key: 'control', split_percent: 50 },
            { key: 'v'.repeat(HUGE), split_percent: 50 },
          ],
        },
      },
      invalid(
        'Ensure this field has no more than 400 characters.',
        'parameters__feature_flag_variants__1__key',
        'max_length',
      ),
    ],
  ])('%s of 60 kB', async (_label, overrides, expected) => {
    await expectRejected(
      server,
      'POST',
      EXPERIMENTS,
      { name: 'Huge', feature_flag_key: 'huge', ...overrides },
      400,
      expected,
    );
  });

  it('a metric event name of 60 kB', async () => {
    const before = dbHash(server.db);
    const res = await server.request('POST', EXPERIMENTS, {
      name: 'Huge metric',
      feature_flag_key: 'huge-metric',
      metrics: [
        {
          kind: 'ExperimentMetric',
          metric_type: 'mean',
          source: { kind: 'EventsNode', event: 'e'.repeat(HUGE) },
        },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      type: 'validation_error',
      code: 'invalid_input',
      attr: 'metrics',
    });
    expect(res.body.detail).toMatch(/^Invalid metric at index 0: \[/);
    expect(dbHash(server.db)).toBe(before);
  });

  it('a huge search term lists nothing, no error', async () => {
    const res = await server.request('GET', `${EXPERIMENTS}?search=${'s'.repeat(100_000)}`);
    expect(res).toMatchObject({ status: 200, body: { count: 0, results: [] } });
  });

  it('a body over 1 MB is refused with 413', async () => {
    const description = 'd'.repeat(MAX_API_BODY_BYTES);
    await expectRawRejected(
      server,
      'POST',
      EXPERIMENTS,
      JSON.stringify({ name: 'Too big', feature_flag_key: 'too-big', description }),
      413,
      {
        type: 'invalid_request',
        code: 'request_too_large',
        detail: 'Request body exceeds 1 MB.',
        attr: null,
      },
    );
  });
});

describe('query parameters out of range', () => {
  const LISTS = [
    EXPERIMENTS,
    '/api/projects/1/feature_flags/',
    '/api/projects/1/experiment_holdouts/',
    '/api/projects/1/experiment_saved_metrics/',
    '/api/projects/1/event_definitions/',
  ];
  const QUERIES = [
    'offset=99999999999999999999',
    'limit=99999999999999999999',
    'limit=1e400',
    'limit=10&limit=20',
    'search=%00',
    'search=a&search=b',
    'status=%F0%9F%99%82',
    'order=',
    'created_by_id=99999999999999999999',
  ];
  it.each(LISTS.flatMap((list) => QUERIES.map((query) => [list, query])))(
    '%s?%s lists, no error',
    async (list, query) => {
      const res = await server.request('GET', `${list}?${query}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ count: expect.any(Number), results: expect.any(Array) });
    },
  );

  it('a page past 2^64 on the activity list is an empty page', async () => {
    const res = await server.request(
      'GET',
      `${EXPERIMENTS}${experimentId}/activity/?page=99999999999999999999`,
    );
    expect(res).toMatchObject({ status: 200, body: { results: [] } });
  });
});

describe('unknown keys', () => {
  it.each([
    [
      '__proto__',
      '{"name":"a","feature_flag_key":"proto","__proto__":{"admin":true}}',
      "Can't create keys: __proto__ on Experiment",
    ],
    [
      'constructor',
      '{"name":"a","feature_flag_key":"ctor","constructor":{"prototype":{}}}',
      "Can't create keys: constructor on Experiment",
    ],
    [
      'a very long key',
      `{"name":"a","feature_flag_key":"long","${'k'.repeat(1000)}":1}`,
      `Can't create keys: ${'k'.repeat(1000)} on Experiment`,
    ],
  ])('%s on create', async (_label, raw, detail) => {
    await expectRawRejected(server, 'POST', EXPERIMENTS, raw, 400, invalid(detail));
  });

  it('on update', async () => {
    await expectRawRejected(
      server,
      'PATCH',
      `${EXPERIMENTS}${experimentId}/`,
      '{"__proto__":{"access_level":"editor"},"name":"x"}',
      400,
      invalid("Can't update keys: __proto__ on Experiment"),
    );
  });

  it.each([
    ['end', { conclusion: 'won', extra: 1 }],
    ['ship_variant', { variant_key: 'test', extra: 1 }],
    ['duplicate', { extra: 1 }],
  ])('on %s', async (action, body) => {
    await expectRejected(
      server,
      'POST',
      `${EXPERIMENTS}${experimentId}/${action}/`,
      body,
      400,
      invalid('Unknown field(s): extra.'),
    );
  });

  it('inside a metric (pydantic forbids extras)', async () => {
    const before = dbHash(server.db);
    const res = await server.request('PATCH', `${EXPERIMENTS}${experimentId}/`, {
      metrics: [
        {
          kind: 'ExperimentMetric',
          metric_type: 'mean',
          source: { kind: 'EventsNode', event: 'purchase', colour: 'red' },
        },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ type: 'validation_error', attr: 'metrics' });
    expect(dbHash(server.db)).toBe(before);
  });
});

describe('ids and projects that do not exist', () => {
  it.each([
    ['GET', '/api/projects/999/experiments/'],
    ['POST', '/api/projects/999/experiments/'],
    ['GET', '/api/projects/0/experiments/'],
    ['GET', '/api/projects/-1/experiments/'],
    ['GET', '/api/projects/abc/experiments/'],
    ['GET', '/api/projects/1.5/experiments/'],
    ['GET', '/api/projects/99999999999999999999999/experiments/'],
    ['GET', '/api/projects/999/feature_flags/'],
    ['GET', '/api/projects/999/experiment_holdouts/'],
    ['GET', '/api/projects/999/experiment_saved_metrics/'],
    ['GET', '/api/projects/999/event_definitions/'],
    ['GET', '/api/projects/999/'],
    ['GET', '/api/environments/1/experiments/'],
    ['GET', '/api/nothing-here/'],
    ['GET', `${EXPERIMENTS}0/`],
    ['GET', `${EXPERIMENTS}999999/`],
    ['GET', `${EXPERIMENTS}1e3/`],
    ['GET', `${EXPERIMENTS}999999/activity/`],
    ['POST', `${EXPERIMENTS}999999/end/`],
    ['GET', '/api/projects/1/feature_flags/999999/'],
    ['PATCH', '/api/projects/1/feature_flags/999999/'],
    ['GET', '/api/projects/1/feature_flags/99999999999999999999999/'],
    ['GET', '/api/projects/1/experiment_holdouts/999999/'],
    ['PATCH', '/api/projects/1/experiment_holdouts/999999/'],
    ['PUT', '/api/projects/1/experiment_holdouts/999999/'],
    ['DELETE', '/api/projects/1/experiment_holdouts/999999/'],
    ['GET', '/api/projects/1/experiment_saved_metrics/999999/'],
    ['PATCH', '/api/projects/1/experiment_saved_metrics/999999/'],
    ['DELETE', '/api/projects/1/experiment_saved_metrics/999999/'],
    ['DELETE', '/api/projects/1/experiment_saved_metrics/abc/'],
  ])('%s %s is a 404', async (method, path) => {
    await expectRejected(
      server,
      method,
      path,
      method === 'GET' || method === 'DELETE' ? undefined : { name: 'x' },
      404,
      NOT_FOUND,
    );
  });

  it('an id in the body that does not exist is a 400 on its field', async () => {
    await expectRejected(
      server,
      'PATCH',
      `${EXPERIMENTS}${experimentId}/`,
      { saved_metrics_ids: [{ id: 123456 }] },
      400,
      invalid(
        'Saved metric does not exist or does not belong to this project',
        'saved_metrics_ids',
      ),
    );
  });
});

describe('a rejected request changes nothing, even after partial work', () => {
  it('a failing flag sync on update rolls back the experiment change too', async () => {
    const draft = await createExperiment(server);
    await expectRejected(
      server,
      'PATCH',
      `${EXPERIMENTS}${draft.id}/`,
      {
        name: 'Would be renamed',
        parameters: {
          feature_flag_variants: [
            { key: 'control', split_percent: 10 },
            { key: 'test', split_percent: 10 },
          ],
        },
      },
      400,
      invalid(
        'Invalid variant definitions: Variant rollout percentages must sum to 100.',
        'filters',
      ),
    );
  });
});
