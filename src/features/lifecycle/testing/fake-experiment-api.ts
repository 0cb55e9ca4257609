import type { ActivityLogEntry, Experiment } from '@/shared';
import { jsonResponse } from '@/lib/testing/fetch-stub';

const BASE = '/api/projects/@current/experiments/';
type Request = { url: string; method: string; body: unknown };
type Handler = (request: Request) => Response | Promise<Response>;

export interface FakeExperimentApi {
  handlers: Record<string, Handler>;
  /** Every write the page sent, as `METHOD path body`, for asserting what reached the server. */
  writes: { method: string; path: string; body: unknown }[];
}

/**
 * One experiment behind the experiment page's endpoints, with an answer per action (by default the
 * experiment as it is, i.e. the server accepted). Good enough to test what the page sends and shows.
 */
export function fakeExperimentApi(
  experiment: Experiment,
  options: {
    activity?: ActivityLogEntry[];
    /** May return a promise, to hold the answer back while a test looks at the optimistic state. */
    answer?: (
      action: string,
      body: unknown,
    ) => Response | Experiment | Promise<Response | Experiment>;
  } = {},
): FakeExperimentApi {
  const writes: FakeExperimentApi['writes'] = [];
  const detail = `${BASE}${experiment.id}/`;
  const respond = (action: string) => async (request: Request) => {
    writes.push({ method: request.method, path: request.url, body: request.body });
    const answer = (await options.answer?.(action, request.body)) ?? experiment;
    return answer instanceof Response ? answer : jsonResponse(answer);
  };
  const actions = [
    'launch',
    'pause',
    'resume',
    'end',
    'ship_variant',
    'archive',
    'unarchive',
    'reset',
  ];
  return {
    writes,
    handlers: {
      [detail]: (request) =>
        request.method === 'PATCH' ? respond('patch')(request) : jsonResponse(experiment),
      [`${detail}activity/`]: () =>
        jsonResponse({
          count: options.activity?.length ?? 0,
          next: null,
          previous: null,
          results: options.activity ?? [],
        }),
      [`${detail}duplicate/`]: respond('duplicate'),
      ...Object.fromEntries(actions.map((action) => [`${detail}${action}/`, respond(action)])),
    },
  };
}

/** An activity entry by Ada, as the embedded server records it. */
export function activityEntry(
  activity: string,
  created_at: string,
  changes: { field: string; before: unknown; after: unknown }[] = [],
): ActivityLogEntry {
  return {
    id: `${activity}-${created_at}`,
    user: { id: 1, email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace' },
    activity,
    scope: 'Experiment',
    item_id: '42',
    detail: {
      name: 'Pricing page layout',
      changes: changes.map((change) => ({ type: 'Experiment', action: 'changed', ...change })),
    },
    created_at,
  };
}

export const refusal = (detail: string) =>
  jsonResponse(
    { type: 'validation_error', code: 'invalid_input', detail, attr: null },
    { status: 400 },
  );
