// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Experiment } from '@/shared';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';
import { VariantTable } from './variant-table';

afterEach(cleanup);

function renderTable(experiment: Experiment) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <VariantTable experiment={experiment} />
    </QueryClientProvider>,
  );
}

/** An activity page exactly as PostHog's activity_page_response sends it: no `count`, `total_count`. */
const posthogPage = (results: unknown[]) =>
  jsonResponse({ results, next: null, previous: null, total_count: results.length });

const running = (active: boolean) => {
  const base = makeExperiment({ id: 7, start_date: '2025-11-01T10:00:00Z' });
  return { ...base, feature_flag: { ...base.feature_flag!, active } };
};

describe('VariantTable', () => {
  it('a live flag: the shares are what it serves now', () => {
    stubFetch({});
    renderTable(running(true));
    expect(screen.getByRole('columnheader', { name: 'Share now' })).toBeInTheDocument();
    expect(screen.getAllByRole('cell', { name: /^50\s%$/ })).toHaveLength(2);
    expect(screen.getByText(/^Serving now: control 50\s% · test 50\s%/)).toBeInTheDocument();
  });

  it('a paused flag: the column is the share once on, and the caption says since when it is off', async () => {
    stubFetch({
      '/api/projects/@current/experiments/7/activity/': () =>
        posthogPage([
          {
            id: 'a-1',
            activity: 'paused',
            scope: 'Experiment',
            item_id: '7',
            user: { id: 1, first_name: 'Ada', email: 'ada@example.com' },
            detail: { name: 'Experiment 7', changes: null },
            created_at: '2025-11-27T09:30:00Z',
          },
        ]),
      '/api/projects/@current/feature_flags/107/activity/': () => posthogPage([]),
    });
    renderTable(running(false));
    expect(screen.getByRole('columnheader', { name: 'Share when on' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Share now' })).not.toBeInTheDocument();
    expect(
      await screen.findByText(
        /^Paused since Nov 27: everyone gets the default\. The shares apply once the flag is on\.$/,
      ),
    ).toBeInTheDocument();
  });
});
