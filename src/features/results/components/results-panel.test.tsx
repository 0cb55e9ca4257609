// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '@/lib/testing/fetch-stub';
import {
  bayesianMeanResult,
  exposureResult,
  frequentistFunnelResult,
  gatedMeanResult,
  queryErrorBody,
} from '../testing/fixtures';
import {
  launchedExperiment,
  QUERY_PATH,
  queryHandler,
  renderWithResults,
  revenueMetric as revenue,
  signUpMetric as signUp,
  stubQueries,
  TWO_VARIANTS,
} from '../testing/render-results';
import { ResultsPanel } from './results-panel';

/** The results table of one metric, found by the metric's name (its heading names it). */
const metricTable = (name: string) => screen.findByRole('table', { name });
const row = (table: HTMLElement, variant: string) =>
  within(table).getByRole('row', { name: new RegExp(`^${variant}\\b`) });

// MUI tables in jsdom are slow when test files run side by side.
describe('Results panel', { timeout: 20_000 }, () => {
  it('shows a Bayesian mean metric: value, change, chance to win and interval per variant', async () => {
    stubQueries({
      exposures: exposureResult,
      metrics: { 'm-revenue': bayesianMeanResult },
    });
    renderWithResults(<ResultsPanel experiment={launchedExperiment({ metrics: [revenue] })} />);

    const table = await metricTable('Revenue per user');
    expect(within(table).getByRole('columnheader', { name: 'Chance to win' })).toBeVisible();
    expect(row(table, 'control')).toHaveTextContent(/Baseline.*1\.65.*1,636 over 989 exposed/);

    const winner = row(table, 'test-2');
    expect(winner).toHaveTextContent('Significantly better');
    expect(winner).toHaveTextContent('1.91');
    expect(winner).toHaveTextContent('+15.59%');
    expect(winner).toHaveTextContent('> 99.9%');
    const violin = within(winner).getByRole('img');
    expect(violin).toHaveAccessibleName('95% credible interval from +9.71% to +21.47%');
    expect(violin.querySelector('path')).not.toBeNull();

    const loser = row(table, 'test-1');
    expect(loser).toHaveTextContent('Significantly worse');
    expect(loser).toHaveTextContent('-14.51%');
    expect(loser).toHaveTextContent('< 0.1%');
  });

  it('shows a frequentist funnel with p-values, a bar interval and the conversion counts', async () => {
    stubQueries({
      exposures: exposureResult,
      metrics: { 'm-signup': frequentistFunnelResult },
    });
    const experiment = launchedExperiment({
      metrics: [signUp],
      stats_config: { method: 'frequentist' },
      parameters: TWO_VARIANTS,
    });
    renderWithResults(<ResultsPanel experiment={experiment} />);

    const table = await metricTable('Sign-up completion');
    expect(within(table).getByRole('columnheader', { name: 'p-value' })).toBeVisible();
    expect(row(table, 'control')).toHaveTextContent(/11\.35%.*176 of 1,551 converted/);
    const test = row(table, 'test');
    expect(test).toHaveTextContent(/6\.37%.*99 of 1,555 converted/);
    expect(test).toHaveTextContent('< 0.001');
    expect(test).toHaveTextContent('Significantly worse');
    const interval = within(test).getByRole('img');
    expect(interval).toHaveAccessibleName('95% confidence interval from -57.14% to -30.65%');
    // Frequentist intervals are bars, Bayesian ones violins.
    expect(interval.querySelector('rect')).not.toBeNull();
    expect(interval.querySelector('path')).toBeNull();
  });

  it('says why a variant has no statistics yet, with its raw counts', async () => {
    stubQueries({
      exposures: exposureResult,
      metrics: { 'm-revenue': gatedMeanResult },
    });
    const experiment = launchedExperiment({
      metrics: [revenue],
      parameters: TWO_VARIANTS,
    });
    renderWithResults(<ResultsPanel experiment={experiment} />);

    const test = row(await metricTable('Revenue per user'), 'test');
    expect(test).toHaveTextContent(
      'Not enough data yet: needs 50 exposed people per variant; test has 23.',
    );
    expect(test).toHaveTextContent('30 over 23 exposed');
    expect(within(test).queryByRole('img')).toBeNull();
  });

  it('keeps the other metrics when one fails, and retries the failed one alone', async () => {
    let failures = 1;
    const answers = queryHandler({
      exposures: exposureResult,
      metrics: { 'm-revenue': bayesianMeanResult, 'm-signup': frequentistFunnelResult },
    });
    const fetchMock = stubFetch({
      [QUERY_PATH]: (request) => {
        const uuid = (request.body as { query: { metric?: { uuid?: string } } }).query.metric?.uuid;
        if (uuid === 'm-signup' && failures-- > 0) {
          return new Response(JSON.stringify(queryErrorBody), {
            status: 400,
            headers: { 'Content-Type': 'application/json' },
          });
        }
        return answers(request);
      },
    });
    renderWithResults(
      <ResultsPanel
        experiment={launchedExperiment({ metrics: [revenue], metrics_secondary: [signUp] })}
      />,
    );

    expect(await metricTable('Revenue per user')).toBeVisible();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not compute Sign-up completion');
    expect(alert).toHaveTextContent('Experiment with id 42 not found');
    const before = fetchMock.mock.calls.length;

    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await metricTable('Sign-up completion')).toBeVisible();
    expect(fetchMock.mock.calls.length).toBe(before + 1);
    expect(screen.getByRole('table', { name: 'Revenue per user' })).toBeVisible();
  });

  it('reads a decrease goal: lower is better, and chance to win is turned round', async () => {
    stubQueries({
      exposures: exposureResult,
      metrics: { 'm-revenue': bayesianMeanResult },
    });
    const lowerIsBetter = { ...revenue, name: 'Time to checkout', goal: 'decrease' as const };
    renderWithResults(
      <ResultsPanel experiment={launchedExperiment({ metrics: [lowerIsBetter] })} />,
    );

    const table = await metricTable('Time to checkout');
    expect(screen.getByText('Goal: decrease')).toBeVisible();
    const lower = row(table, 'test-1');
    expect(lower).toHaveTextContent('Significantly better');
    expect(lower).toHaveTextContent('-14.51%');
    expect(lower).toHaveTextContent('> 99.9%');
    const higher = row(table, 'test-2');
    expect(higher).toHaveTextContent('Significantly worse');
    expect(higher).toHaveTextContent('< 0.1%');
  });

  it('says how old the numbers are, and Refresh computes every one again', async () => {
    const fetchMock = stubQueries({
      exposures: exposureResult,
      metrics: { 'm-revenue': bayesianMeanResult },
    });
    renderWithResults(<ResultsPanel experiment={launchedExperiment({ metrics: [revenue] })} />);

    await metricTable('Revenue per user');
    // The stalest of the two answers (the exposures fixture, March 2025) sets the age.
    expect(screen.getByText(/^Computed on .*2025/)).toBeVisible();
    fetchMock.mockClear();
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    const modes = fetchMock.mock.calls.map(
      ([, init]) => (JSON.parse(String(init?.body)) as { refresh: string }).refresh,
    );
    expect(modes).toEqual(['force_async', 'force_async']);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Refresh' })).toBeEnabled());
  });
});

describe('Results panel before data', { timeout: 20_000 }, () => {
  it('says results appear once the experiment is launched, and asks nothing of the server', () => {
    const fetchMock = stubFetch({});
    renderWithResults(
      <ResultsPanel experiment={launchedExperiment({ start_date: null, metrics: [revenue] })} />,
    );
    expect(screen.getByText(/Results appear once the experiment is launched/)).toBeVisible();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says how to add a metric to a launched experiment without one', async () => {
    stubQueries({ exposures: exposureResult });
    const { unmount } = renderWithResults(<ResultsPanel experiment={launchedExperiment()} />);
    expect(await screen.findByText(/has no metrics/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Add a metric' })).toHaveAttribute(
      'href',
      '/experiments/42/edit',
    );
    unmount();

    renderWithResults(
      <ResultsPanel experiment={launchedExperiment({ user_access_level: 'viewer' })} />,
    );
    expect(await screen.findByText(/Ask an editor to add one/)).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Add a metric' })).toBeNull();
  });
});
