import { afterEach, describe, expect, it } from 'vitest';
import { createTestServer, EXPERIMENTS, type TestServer } from '@/testing/server-harness';

let server: TestServer;
afterEach(() => server?.close());

describe('free-form JSON fields', () => {
  it.each([['text'], ['{}'], [true], [0], [[1, 'two']]])(
    'store %j and give it back unchanged',
    async (value) => {
      server = createTestServer();
      const created = await server.request('POST', EXPERIMENTS, {
        name: 'JSON fields',
        feature_flag_key: 'json-fields',
        filters: value,
        scheduling_config: value,
      });
      expect(created.status).toBe(201);
      const read = await server.request('GET', `${EXPERIMENTS}${created.body.id}/`);
      expect(read.body.filters).toEqual(value);
      expect(read.body.scheduling_config).toEqual(value);
    },
  );

  it.each([['filters'], ['secondary_metrics']])(
    'refuse null for %s, which PostHog keeps non-null',
    async (field) => {
      server = createTestServer();
      const created = await server.request('POST', EXPERIMENTS, {
        name: 'N',
        feature_flag_key: 'n',
      });
      const res = await server.request('PATCH', `${EXPERIMENTS}${created.body.id}/`, {
        [field]: null,
      });
      expect(res).toEqual({
        status: 400,
        body: {
          type: 'validation_error',
          code: 'null',
          detail: 'This field may not be null.',
          attr: field,
        },
      });
    },
  );
});
