import { expect } from 'vitest';
import type { TestServer } from '@/testing/server-harness';
import { createExperiment, type ApiBody } from '@/testing/server-helpers';

/**
 * Hand-built experiment data for the results tests, captured through the real ingestion endpoint
 * (`POST /batch/`, as an SDK sends it) and read back through the real query endpoint.
 */

export const TOKEN = 'phc_demo_project_token';
/** The tests' clock: results windows end here unless the experiment ended earlier. */
export const NOW = new Date('2025-01-20T00:00:00.000Z');
export const START = '2025-01-01T00:00:00.000Z';

/** 2025-01-`day` at `hour`:`minute` UTC. */
export const at = (day: number, hour = 0, minute = 0) =>
  new Date(Date.UTC(2025, 0, day, hour, minute)).toISOString();

export interface CapturedEvent {
  event: string;
  distinct_id: string;
  timestamp: string;
  properties?: Record<string, unknown>;
  $set?: Record<string, unknown>;
}

export const event = (
  distinctId: string,
  name: string,
  timestamp: string,
  properties: Record<string, unknown> = {},
): CapturedEvent => ({ event: name, distinct_id: distinctId, timestamp, properties });

/** `$feature_flag_called` as PostHog's SDKs send it. */
export const exposure = (flagKey: string, distinctId: string, variant: string, timestamp: string) =>
  event(distinctId, '$feature_flag_called', timestamp, {
    $feature_flag: flagKey,
    $feature_flag_response: variant,
  });

let uuidCounter = 0;
export async function capture(server: TestServer, events: CapturedEvent[]): Promise<void> {
  const batch = events.map((e) => {
    uuidCounter += 1;
    return { ...e, uuid: `0190a000-0000-7000-8000-${uuidCounter.toString(16).padStart(12, '0')}` };
  });
  const res = await server.request('POST', '/batch/', { api_key: TOKEN, batch });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

/** An experiment launched at START (control/test 50/50 unless overridden). */
export async function launchedExperiment(
  server: TestServer,
  overrides: Record<string, unknown> = {},
): Promise<{ id: number; flagKey: string; body: ApiBody }> {
  const body = await createExperiment(server, { start_date: START, ...overrides });
  return { id: body.id as number, flagKey: body.feature_flag_key as string, body };
}

export const QUERY_PATH = '/api/projects/1/query/';

export async function queryMetric(
  server: TestServer,
  experimentId: number,
  metric: Record<string, unknown>,
): Promise<ApiBody> {
  const res = await server.request('POST', QUERY_PATH, {
    query: { kind: 'ExperimentQuery', experiment_id: experimentId, metric },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

export async function queryExposures(server: TestServer, experimentId: number): Promise<ApiBody> {
  const res = await server.request('POST', QUERY_PATH, {
    query: { kind: 'ExperimentExposureQuery', experiment_id: experimentId },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** The raw sufficient statistics per variant key, baseline included. */
export function statsByKey(body: ApiBody): Record<string, Record<string, unknown>> {
  const raw = (v: Record<string, unknown>) => {
    const keep = [
      'number_of_samples',
      'sum',
      'sum_squares',
      'step_counts',
      'denominator_sum',
      'denominator_sum_squares',
      'numerator_denominator_sum_product',
    ];
    return Object.fromEntries(keep.filter((k) => v[k] != null).map((k) => [k, v[k]]));
  };
  return Object.fromEntries(
    [body.baseline, ...body.variant_results].map((v: Record<string, unknown>) => [v.key, raw(v)]),
  );
}

export const mean = (event: string, extra: Record<string, unknown> = {}) => ({
  kind: 'ExperimentMetric',
  metric_type: 'mean',
  source: { kind: 'EventsNode', event, ...extra },
});
