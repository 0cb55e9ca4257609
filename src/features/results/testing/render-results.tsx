import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach } from 'vitest';
import type { Experiment, ExperimentMetric } from '@/shared';
import { HistoryRouter } from '@/lib/navigation/history-router';
import { createMemoryNavigationHistory } from '@/lib/navigation/navigation-history';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

/** A component that reads results, with a fresh cache and a router (the empty states link to the editor). */
export function renderWithResults(ui: ReactNode) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
  const history = createMemoryNavigationHistory(['/experiments/42']);
  const view = render(
    <QueryClientProvider client={queryClient}>
      <HistoryRouter history={history}>{ui}</HistoryRouter>
    </QueryClientProvider>,
  );
  return { ...view, queryClient, history };
}

const THREE_VARIANTS = [
  { key: 'control', split_percent: 34 },
  { key: 'test-1', split_percent: 33 },
  { key: 'test-2', split_percent: 33 },
];

/** control and test, 50/50: the variants of PostHog's frequentist funnel fixture. */
export const TWO_VARIANTS = {
  feature_flag_variants: [
    { key: 'control', split_percent: 50 },
    { key: 'test', split_percent: 50 },
  ],
};

/** The metric PostHog's mean fixtures (bayesianMeanResult, gatedMeanResult) answer for. */
export const revenueMetric: ExperimentMetric = {
  kind: 'ExperimentMetric',
  metric_type: 'mean',
  uuid: 'm-revenue',
  name: 'Revenue per user',
  source: { kind: 'EventsNode', event: 'purchase', math: 'total' },
};

/** The metric PostHog's frequentist funnel fixture (frequentistFunnelResult) answers for. */
export const signUpMetric: ExperimentMetric = {
  kind: 'ExperimentMetric',
  metric_type: 'funnel',
  uuid: 'm-signup',
  name: 'Sign-up completion',
  series: [{ kind: 'EventsNode', event: 'signed_up' }],
};

/** A launched experiment with the variants of PostHog's mean fixture and the metrics a test gives it. */
export function launchedExperiment(overrides: Partial<Experiment> = {}): Experiment {
  return makeExperiment({
    id: 42,
    name: 'Pricing page layout',
    start_date: '2025-02-23T18:03:00Z',
    feature_flag: { ...makeExperiment().feature_flag!, active: true },
    parameters: { feature_flag_variants: THREE_VARIANTS },
    ...overrides,
  });
}

interface QueryAnswers {
  exposures?: unknown;
  /** Answer bodies by metric uuid. */
  metrics?: Record<string, unknown>;
  /** Failures by metric uuid: PostHog's status and error body. */
  errors?: Record<string, { status: number; body: unknown }>;
}

/** `POST …/query/` answered per node kind (and per metric uuid), as the embedded server would. */
export function queryHandler(answers: QueryAnswers) {
  return ({ body }: { body: unknown }) => {
    const node = (body as { query: { kind: string; metric?: { uuid?: string } } }).query;
    if (node.kind === 'ExperimentExposureQuery') return jsonResponse(answers.exposures ?? {});
    const uuid = node.metric?.uuid ?? '';
    const failure = answers.errors?.[uuid];
    if (failure) return jsonResponse(failure.body, { status: failure.status });
    const answer = answers.metrics?.[uuid];
    if (answer !== undefined) return jsonResponse(answer);
    return jsonResponse(
      { type: 'validation_error', code: 'invalid', detail: `No answer for ${uuid}.`, attr: null },
      { status: 400 },
    );
  };
}

/** `POST …/query/` as the browser sends it. */
export const QUERY_PATH = '/api/projects/@current/query/';

/** Stubs fetch so that the query endpoint answers with queryHandler; returns the fetch mock. */
export function stubQueries(answers: QueryAnswers) {
  return stubFetch({ [QUERY_PATH]: queryHandler(answers) });
}
