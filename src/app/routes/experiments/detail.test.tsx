// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shellHandlers } from '@/app/testing/app-stubs';
import { renderApp } from '@/app/testing/render-app';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';

const stopped = makeExperiment({
  id: 42,
  name: 'Pricing page layout',
  description: 'Two columns or three?',
  start_date: '2025-03-01T10:00:00Z',
  end_date: '2025-03-20T10:00:00Z',
  conclusion: 'won',
  conclusion_comment: 'Three columns won clearly.',
  parameters: {
    feature_flag_variants: [
      { key: 'control', split_percent: 34 },
      { key: 'three-columns', name: 'Three columns', rollout_percentage: 66 },
    ],
  },
  metrics: [{ kind: 'ExperimentMetric', metric_type: 'mean', uuid: 'm-1' }],
  saved_metrics: [{ id: 1, saved_metric: 3, metadata: { type: 'secondary' } }],
  user_access_level: 'viewer',
});

describe('Experiment detail page', () => {
  it('summarises the experiment read-only', async () => {
    stubFetch({
      ...shellHandlers,
      '/api/projects/@current/experiments/42/': () => jsonResponse(stopped),
    });
    renderApp('/experiments/42');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pricing page layout' }),
    ).toBeVisible();
    expect(screen.getByText('Stopped')).toBeInTheDocument();
    expect(screen.getByText('Two columns or three?')).toBeInTheDocument();
    expect(screen.getByText(/You have view-only access/)).toBeInTheDocument();
    expect(screen.getByText('Conclusion: Won')).toBeInTheDocument();
    expect(screen.getByText('Three columns won clearly.')).toBeInTheDocument();
    expect(screen.getByText('1 primary · 1 secondary')).toBeInTheDocument();

    const variants = screen.getByRole('table', { name: 'Variants' });
    expect(within(variants).getByRole('row', { name: /control/ })).toHaveTextContent('34%');
    expect(within(variants).getByRole('row', { name: /three-columns/ })).toHaveTextContent('66%');
  });

  it('shows the not-found page when the API does not know the id', async () => {
    stubFetch(shellHandlers); // unknown paths answer PostHog's 404
    renderApp('/experiments/999');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  it('shows the not-found page for an id that is not a number, without asking the API', async () => {
    const fetchMock = stubFetch(shellHandlers);
    renderApp('/experiments/abc');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
    const calledPaths = fetchMock.mock.calls.map(([url]) => String(url));
    expect(calledPaths.some((url) => url.includes('/experiments/'))).toBe(false);
  });
});
