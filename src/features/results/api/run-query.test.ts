import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExperimentExposureQueryResponse } from '@/shared';
import { ApiError } from '@/lib/api-error';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';
import { runQuery } from './run-query';

const QUERY = '/api/projects/@current/query/';
const STATUS = '/api/projects/@current/query/q-7/';
const node = { kind: 'ExperimentExposureQuery', experiment_id: 3 };
const exposures = {
  kind: 'ExperimentExposureQuery',
  timeseries: [{ variant: 'control', days: ['2025-03-01'], exposure_counts: [4] }],
  total_exposures: { control: 4 },
};

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('runQuery', () => {
  it('answers at once when PostHog answers synchronously, asking for its cache unless forced', async () => {
    const fetchMock = stubFetch({
      [QUERY]: () => jsonResponse({ ...exposures, query_status: null }),
    });
    const result = await runQuery(node, ExperimentExposureQueryResponse);
    expect(result.total_exposures).toEqual({ control: 4 });
    await runQuery(node, ExperimentExposureQueryResponse, { force: true });
    const bodies = fetchMock.mock.calls.map(([, init]) => JSON.parse(String(init?.body)) as object);
    expect(bodies).toEqual([
      { query: node, refresh: 'async' },
      { query: node, refresh: 'force_async' },
    ]);
  });

  it('polls a 202 until the query completes, then uses query_status.results', async () => {
    vi.useFakeTimers();
    let polls = 0;
    stubFetch({
      [QUERY]: () =>
        jsonResponse({ query_status: { id: 'q-7', complete: false } }, { status: 202 }),
      [STATUS]: () => {
        polls += 1;
        return polls < 3
          ? jsonResponse({ query_status: { id: 'q-7', complete: false } }, { status: 202 })
          : jsonResponse({ query_status: { id: 'q-7', complete: true, results: exposures } });
      },
    });
    const pending = runQuery(node, ExperimentExposureQueryResponse);
    await vi.runAllTimersAsync();
    expect((await pending).total_exposures).toEqual({ control: 4 });
    expect(polls).toBe(3);
  });

  it("rejects with PostHog's error message when the async query fails", async () => {
    vi.useFakeTimers();
    stubFetch({
      [QUERY]: () =>
        jsonResponse({ query_status: { id: 'q-7', complete: false } }, { status: 202 }),
      [STATUS]: () =>
        jsonResponse({
          query_status: { id: 'q-7', complete: true, error: true, error_message: 'Out of memory' },
        }),
    });
    const pending = runQuery(node, ExperimentExposureQueryResponse).catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    const error = await pending;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).detail).toBe('Out of memory');
  });

  it("passes PostHog's error body through (a refused query is an ApiError with its detail)", async () => {
    stubFetch({
      [QUERY]: () =>
        jsonResponse(
          {
            type: 'validation_error',
            code: 'invalid_input',
            detail: 'Experiment with id 3 not found',
            attr: null,
          },
          { status: 400 },
        ),
    });
    await expect(runQuery(node, ExperimentExposureQueryResponse)).rejects.toMatchObject({
      status: 400,
      detail: 'Experiment with id 3 not found',
    });
  });

  it('says so when the answer is not a result', async () => {
    stubFetch({ [QUERY]: () => jsonResponse({ results: [] }) });
    await expect(runQuery(node, ExperimentExposureQueryResponse)).rejects.toMatchObject({
      code: 'unexpected_shape',
    });
  });
});
