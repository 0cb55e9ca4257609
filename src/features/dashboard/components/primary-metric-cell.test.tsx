// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Experiment, ExperimentMetric } from '@/shared';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import {
  bayesianMeanResult,
  gatedMeanResult,
  queryErrorBody,
} from '@/features/results/testing/fixtures';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';
import { PrimaryMetricCell } from './primary-metric-cell';

afterEach(cleanup);

const QUERY_PATH = '/api/projects/@current/query/';
const metric = (goal?: 'decrease'): ExperimentMetric => ({
  kind: 'ExperimentMetric',
  metric_type: 'mean',
  name: 'Revenue per user',
  uuid: 'm-revenue',
  source: { kind: 'EventsNode', event: 'purchase_completed' },
  goal,
});
const launched = (id: number, overrides: Partial<Experiment> = {}) =>
  makeExperiment({ id, start_date: '2025-03-01T10:00:00Z', metrics: [metric()], ...overrides });

function renderCells(experiments: Experiment[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      {experiments.map((experiment) => (
        <PrimaryMetricCell key={experiment.id} experiment={experiment} />
      ))}
    </QueryClientProvider>,
  );
}

const answering = (body: unknown, init?: ResponseInit) =>
  stubFetch({ [QUERY_PATH]: () => jsonResponse(body, init) });

const queryCalls = (fetchMock: { mock: { calls: unknown[][] } }) =>
  fetchMock.mock.calls.filter(([url]) => String(url).endsWith(QUERY_PATH));

describe('Primary metric cell', { timeout: 20_000 }, () => {
  it('starts after the rows are drawn, then names the leader, its change and significance', async () => {
    const fetchMock = answering(bayesianMeanResult);
    renderCells([launched(1)]);
    // The first render commits with a quiet placeholder and no request yet.
    expect(screen.getByText('Primary metric: loading')).toBeInTheDocument();
    expect(queryCalls(fetchMock)).toHaveLength(0);

    const chip = await screen.findByText('Primary metric: test-2 leads by 15.6 %, significant');
    expect(screen.getByText('+15.6 % ✓')).toBeVisible();
    expect(screen.getByText('test-2')).toBeVisible();
    expect(queryCalls(fetchMock)).toHaveLength(1);
    await userEvent.hover(chip);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Revenue per user: test-2 +15.6 % vs control, chance to win > 99.9 %; significant.',
    );
  });

  it('reads the goal: when lower is better, the drop leads', async () => {
    answering(bayesianMeanResult);
    renderCells([launched(2, { metrics: [metric('decrease')] })]);
    expect(
      await screen.findByText(
        'Primary metric: test-1 leads by 14.5 % (lower is better), significant',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('−14.5 % ✓')).toBeVisible();
  });

  it('is quiet when there is too little data or the query fails, with the reason on hover', async () => {
    answering(gatedMeanResult);
    renderCells([launched(3)]);
    await userEvent.hover(await screen.findByText('Primary metric: not enough data yet'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Revenue per user: not enough data yet; needs 50 exposed people per variant; test has 23.',
    );
    cleanup();

    answering(queryErrorBody, { status: 400 });
    renderCells([launched(4)]);
    const unavailable = await screen.findByText('Primary metric result unavailable');
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.hover(unavailable);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Could not load the result of Revenue per user: Experiment with id 42 not found',
    );
  });

  it('shows nothing for a draft and a dash without a primary metric, asking for neither', async () => {
    const fetchMock = answering(bayesianMeanResult);
    const { container } = renderCells([makeExperiment({ id: 5, metrics: [metric()] })]);
    expect(container).toBeEmptyDOMElement();
    cleanup();
    renderCells([launched(6, { metrics: [] })]);
    expect(screen.getByText('No primary metric')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(queryCalls(fetchMock)).toHaveLength(0);
  });

  it('asks for at most three results at a time, top rows first', async () => {
    let inFlight = 0;
    let most = 0;
    const order: number[] = [];
    stubFetch({
      [QUERY_PATH]: async ({ body }) => {
        order.push((body as { query: { experiment_id: number } }).query.experiment_id);
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 10));
        inFlight -= 1;
        return jsonResponse(bayesianMeanResult);
      },
    });
    const ids = [11, 12, 13, 14, 15, 16, 17, 18];
    renderCells(ids.map((id) => launched(id)));
    await waitFor(() =>
      expect(screen.getAllByText(/^Primary metric: test-2 leads/)).toHaveLength(ids.length),
    );
    expect(most).toBe(3);
    expect(order).toEqual(ids);
  });
});
