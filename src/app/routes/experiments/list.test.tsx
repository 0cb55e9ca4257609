// @vitest-environment jsdom
import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Experiment } from '@/shared';
import { shellHandlers } from '@/app/testing/app-stubs';
import { createTestQueryClient, renderApp } from '@/app/testing/render-app';
import { prefetchDashboardPage } from '@/features/dashboard/api/dashboard-page-params';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import {
  EXPERIMENTS_PATH,
  fakeListHandler,
  listRequests,
} from '@/features/dashboard/testing/fake-list-api';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';

// Whole-app renders with lazy routes and several queries: on a busy CI machine 1 s is not enough.
configure({ asyncUtilTimeout: 5000 });

const running = { id: 1, key: 'checkout-button', active: true };
const checkout = makeExperiment({
  id: 11,
  name: 'Checkout button colour',
  description: '**Does** a green button sell more?\nSecond line stays hidden.',
  feature_flag_key: 'checkout-button',
  start_date: '2025-03-01T10:00:00Z',
  feature_flag: running,
});
const onboarding = makeExperiment({ id: 12, name: 'Onboarding checklist' });
const pricing = makeExperiment({
  id: 13,
  name: 'Pricing page copy',
  start_date: '2025-01-01T10:00:00Z',
  end_date: '2025-02-01T10:00:00Z',
  conclusion: 'won',
  conclusion_comment: 'Plan B converts 9 % better.',
});

function serve(experiments: Experiment[] = [checkout, onboarding, pricing]) {
  return stubFetch({ ...shellHandlers, [EXPERIMENTS_PATH]: fakeListHandler(() => experiments) });
}

/** The table's own requests (not the counts nor the attention candidates). */
const pageRequests = (fetchMock: Parameters<typeof listRequests>[0]) =>
  listRequests(fetchMock).filter((p) => p.get('limit') !== '1' && p.get('limit') !== '100');

describe('Experiments dashboard', { timeout: 30_000 }, () => {
  it('shows each experiment with its status, flag, author, summary and conclusion', async () => {
    serve();
    renderApp('/experiments');

    const table = await screen.findByRole('table', { name: 'Experiments' });
    const row = await within(table).findByRole('row', { name: /Checkout button colour/ });
    expect(within(row).getByRole('link', { name: 'Checkout button colour' })).toHaveAttribute(
      'href',
      '/experiments/11',
    );
    expect(within(row).getByText('Does a green button sell more?')).toBeInTheDocument();
    expect(within(row).getByText('Running')).toBeInTheDocument();
    expect(within(row).getByText('checkout-button')).toBeInTheDocument();
    expect(
      within(row).getByRole('button', { name: 'Copy flag key checkout-button' }),
    ).toBeVisible();
    expect(within(row).getByText('Ada Lovelace')).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Pricing page copy/ })).toHaveTextContent('Won');
    expect(screen.getByText('1–3 of 3')).toBeInTheDocument();
  });

  it('shows the page prefetched from the URL before mounting, without asking for it again', async () => {
    const fetchMock = serve();
    const queryClient = createTestQueryClient();
    prefetchDashboardPage(queryClient, '?status=draft&sort=name&page_size=50');
    expect(pageRequests(fetchMock)).toHaveLength(1);
    renderApp('/experiments?status=draft&sort=name&page_size=50', { queryClient });

    const table = await screen.findByRole('table', { name: 'Experiments' });
    expect(await within(table).findByRole('row', { name: /Onboarding checklist/ })).toBeVisible();
    await screen.findByRole('tab', { name: 'Draft 1' });
    expect(pageRequests(fetchMock).map((p) => p.toString())).toEqual([
      'limit=50&offset=0&status=draft&order=name',
    ]);
  });

  it('counts every status tab with the same filters, one limit=1 request each', async () => {
    const fetchMock = serve();
    renderApp('/experiments?search=o');

    expect(await screen.findByRole('tab', { name: 'All 3' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(await screen.findByRole('tab', { name: 'Running 1' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Draft 1' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Paused 0' })).toBeInTheDocument();
    const counts = listRequests(fetchMock).filter((p) => p.get('limit') === '1');
    expect(counts.map((p) => p.get('status'))).toEqual([
      null,
      'draft',
      'running',
      'paused',
      'stopped',
    ]);
    expect(counts.every((p) => p.get('search') === 'o')).toBe(true);
  });

  it('filters by status through the URL and the list parameters', async () => {
    const fetchMock = serve();
    const { history } = renderApp('/experiments');

    await userEvent.click(await screen.findByRole('tab', { name: /^Stopped/ }));
    expect(history.location.search).toBe('?status=stopped');
    const table = screen.getByRole('table', { name: 'Experiments' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(within(table).getByRole('row', { name: /Pricing page copy/ })).toBeVisible();
    expect(pageRequests(fetchMock).at(-1)?.get('status')).toBe('stopped');
  });

  it('searches after a pause in typing, and Esc clears the search', async () => {
    const fetchMock = serve();
    const { history } = renderApp('/experiments');
    const search = await screen.findByRole('searchbox', { name: 'Search by name or flag key' });

    await userEvent.type(search, 'check');
    await waitFor(() => expect(history.location.search).toBe('?search=check'));
    await waitFor(() => expect(pageRequests(fetchMock).at(-1)?.get('search')).toBe('check'));
    expect(pageRequests(fetchMock).some((p) => p.get('search') === 'c')).toBe(false);

    await userEvent.type(search, '{Escape}');
    expect(search).toHaveValue('');
    await waitFor(() => expect(history.location.search).toBe(''));
  });

  it('shows the search of the view that Back returns to', async () => {
    serve();
    const { history } = renderApp('/experiments');
    const search = await screen.findByRole('searchbox', { name: 'Search by name or flag key' });
    await userEvent.type(search, 'pricing');
    await waitFor(() => expect(history.location.search).toBe('?search=pricing'));
    await waitFor(() => expect(screen.queryByText('Onboarding checklist')).not.toBeInTheDocument());
    // The new URL renders in a transition: wait until it is on screen, as Back in a browser would be
    // told apart by its popstate event, which a history in memory does not send.
    await waitFor(() =>
      expect(screen.queryByRole('progressbar', { name: 'Loading page' })).not.toBeInTheDocument(),
    );

    await act(() => history.go(-1));
    expect(history.location.search).toBe('');
    await waitFor(() => expect(search).toHaveValue(''));
    await act(() => history.go(1));
    await waitFor(() => expect(search).toHaveValue('pricing'));
  });

  it('focuses the search box when "/" is pressed outside a text field', async () => {
    serve();
    renderApp('/experiments');
    const search = await screen.findByRole('searchbox', { name: 'Search by name or flag key' });
    await userEvent.keyboard('/');
    expect(search).toHaveFocus();
    expect(search).toHaveValue('');
  });

  it('sorts by a column PostHog can order by and pages with limit/offset', async () => {
    const fetchMock = serve(Array.from({ length: 30 }, (_, i) => makeExperiment({ id: 100 + i })));
    const { history } = renderApp('/experiments');

    await userEvent.click(await screen.findByRole('button', { name: 'Name' }));
    expect(history.location.search).toBe('?sort=name');
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(history.location.search).toBe('?sort=name&page=2');
    await waitFor(() => expect(screen.getByText('26–30 of 30')).toBeInTheDocument());
    const last = pageRequests(fetchMock).at(-1);
    expect([last?.get('order'), last?.get('offset'), last?.get('limit')]).toEqual([
      'name',
      '25',
      '25',
    ]);
  });

  it('filters by creator, offering "Me" and the people seen as creators', async () => {
    const grace = { id: 2, email: 'grace@example.com', first_name: 'Grace', last_name: 'Hopper' };
    const fetchMock = stubFetch({
      ...shellHandlers,
      '/api/users/@me/': () =>
        jsonResponse({ id: 1, uuid: 'u-1', email: 'ada@example.com', first_name: 'Ada' }),
      [EXPERIMENTS_PATH]: fakeListHandler(() => [checkout, { ...onboarding, created_by: grace }]),
    });
    const { history } = renderApp('/experiments');

    await userEvent.click(await screen.findByRole('combobox', { name: 'Created by' }));
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Anyone', 'Me', 'Grace Hopper']);
    await userEvent.click(screen.getByRole('option', { name: 'Grace Hopper' }));
    expect(history.location.search).toBe('?creator=2');
    await waitFor(() => expect(pageRequests(fetchMock).at(-1)?.get('created_by_id')).toBe('2'));
    expect(await screen.findByRole('link', { name: 'Onboarding checklist' })).toBeVisible();

    await userEvent.click(screen.getByRole('combobox', { name: 'Created by' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Me' }));
    // "me" stays symbolic in the URL so a shared link means whoever opens it.
    expect(history.location.search).toBe('?creator=me');
    await waitFor(() => expect(pageRequests(fetchMock).at(-1)?.get('created_by_id')).toBe('1'));
  });

  it('offers to create the first experiment when the project has none', async () => {
    serve([]);
    renderApp('/experiments');
    expect(await screen.findByRole('heading', { name: 'No experiments yet' })).toBeVisible();
    expect(screen.getAllByRole('link', { name: 'New experiment' }).length).toBeGreaterThan(0);
  });

  it('says when nothing matches and clears the filters on request', async () => {
    serve();
    const { history } = renderApp('/experiments?search=zzz&status=paused&sort=name');
    expect(await screen.findByRole('heading', { name: 'No matching experiments' })).toBeVisible();
    await userEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    expect(history.location.search).toBe('?sort=name');
    expect(await screen.findByRole('link', { name: 'Checkout button colour' })).toBeVisible();
  });

  it('explains a failure and retries with the same filters', async () => {
    let calls = 0;
    const list = fakeListHandler(() => [checkout]);
    const fetchMock = stubFetch({
      ...shellHandlers,
      [EXPERIMENTS_PATH]: (request) =>
        request.url.includes('limit=25') && ++calls === 1
          ? new Response('<html>upstream down</html>', { status: 503 })
          : list(request),
    });
    const { history } = renderApp('/experiments?status=running');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load experiments');
    expect(alert).toHaveTextContent('The server answered 503 Service Unavailable.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Checkout button colour' })).toBeVisible();
    expect(history.location.search).toBe('?status=running');
    expect(pageRequests(fetchMock).map((p) => p.get('status'))).toEqual(['running', 'running']);
  });
});
