import { bayesianMeanResult, exposureResult } from '@/features/results/testing/fixtures';
import { jsonResponse } from '@/lib/testing/fetch-stub';

export const QUERY_PATH = '/api/projects/@current/query/';

type Answer = Response | object | Promise<Response | object>;

interface QueryNode {
  kind: string;
  experiment_id: unknown;
  metric?: { name?: string };
}

/**
 * `POST …/query/` answered per metric name, the way the End dialog and the conclusion card ask: one
 * ExperimentQuery per primary metric. `queries` records each metric asked for. The page's Results tab
 * asks for the exposures too: they get PostHog's own exposure answer and are not recorded.
 */
export function fakeResultsApi(answers: Record<string, () => Answer>) {
  const queries: { experimentId: unknown; metric: string }[] = [];
  const handler = async ({ body }: { body: unknown }) => {
    const query = (body as { query: QueryNode }).query;
    if (query.kind === 'ExperimentExposureQuery') return jsonResponse(exposureResult);
    const name = query.metric?.name ?? '';
    queries.push({ experimentId: query.experiment_id, metric: name });
    const answer = await (answers[name] ?? (() => jsonResponse({}, { status: 500 })))();
    return answer instanceof Response ? answer : jsonResponse(answer);
  };
  return { queries, handlers: { [QUERY_PATH]: handler } };
}

/**
 * PostHog's Bayesian mean answer (its storybook mock) narrowed to one variant, `test`, that beats `control`:
 * +11.2 % (the credible interval's midpoint), chance to win 99.8 %, significant.
 */
export const testWinsResult = {
  ...bayesianMeanResult,
  variant_results: [
    {
      ...bayesianMeanResult.variant_results[1],
      key: 'test',
      chance_to_win: 0.998,
      credible_interval: [0.05, 0.174],
      significant: true,
    },
  ],
};

/** A query that answers only when the test says so, to look at the dialog before the results arrive. */
export function heldAnswer(body: object) {
  let release!: () => void;
  const answer = new Promise<object>((resolve) => (release = () => resolve(body)));
  return { answer: () => answer, release };
}
