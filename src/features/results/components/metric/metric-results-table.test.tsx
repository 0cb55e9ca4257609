// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ExperimentQueryResponse } from '@/shared';
import { bayesianMeanResult } from '../../testing/fixtures';
import {
  launchedExperiment,
  renderWithResults,
  revenueMetric as metric,
} from '../../testing/render-results';
import { MetricResultsTable } from './metric-results-table';

const item = {
  key: 'm-revenue',
  name: 'Revenue per user',
  group: 'primary' as const,
  shared: true,
  metric,
};
const answered = {
  data: ExperimentQueryResponse.parse(bayesianMeanResult),
  error: null,
  isError: false,
  isFetching: false,
  refetch: vi.fn(),
};

describe('MetricResultsTable on its own (as the End dialog uses it)', { timeout: 20_000 }, () => {
  it('fits a narrow place: change and evidence beside each variant, the interval under it', () => {
    renderWithResults(
      <MetricResultsTable
        experiment={launchedExperiment({ metrics: [metric] })}
        item={item}
        query={answered}
        layout="compact"
      />,
    );
    const table = screen.getByRole('table', { name: 'Revenue per user' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Variant', 'Change', expect.stringMatching(/^95% credible interval/)]);
    const winner = within(table).getByRole('row', { name: /^test-2/ });
    expect(winner).toHaveTextContent(
      /Significantly better.*1\.91.*\+15\.59%.*Chance to win > 99\.9%/,
    );
    expect(within(table).getByRole('img', { name: /from \+9\.71% to \+21\.47%/ })).toBeVisible();
    expect(screen.getByText('Shared metric')).toBeVisible();
  });

  it('shows a skeleton while the metric is computed', () => {
    renderWithResults(
      <MetricResultsTable
        experiment={launchedExperiment({ metrics: [metric] })}
        item={item}
        query={{ ...answered, data: undefined, isFetching: true }}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Computing results for Revenue per user…');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
