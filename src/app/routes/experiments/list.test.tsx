// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { experimentPage, shellHandlers } from '@/app/testing/app-stubs';
import { renderApp } from '@/app/testing/render-app';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { stubFetch } from '@/lib/testing/fetch-stub';

const EXPERIMENTS_PATH = '/api/projects/@current/experiments/';

const checkout = makeExperiment({
  id: 11,
  name: 'Checkout button colour',
  description: 'Does a green button sell more?\nSecond line stays hidden.',
  feature_flag_key: 'checkout-button',
  start_date: '2025-03-01T10:00:00Z',
  feature_flag: { id: 1, key: 'checkout-button', active: true },
});
const onboarding = makeExperiment({ id: 12, name: 'Onboarding checklist' });

describe('Experiments list page', () => {
  it('shows one row per experiment with its status, flag, author and a link to it', async () => {
    const fetchMock = stubFetch({
      ...shellHandlers,
      [EXPERIMENTS_PATH]: () => experimentPage([checkout, onboarding]),
    });
    renderApp('/experiments');

    expect(await screen.findByRole('heading', { level: 1, name: 'Experiments' })).toBeVisible();
    const table = screen.getByRole('table', { name: 'Experiments' });
    const row = await within(table).findByRole('row', { name: /Checkout button colour/ });
    expect(within(row).getByRole('link', { name: 'Checkout button colour' })).toHaveAttribute(
      'href',
      '/experiments/11',
    );
    expect(within(row).getByText('Does a green button sell more?')).toBeInTheDocument();
    expect(within(row).getByText('Running')).toBeInTheDocument();
    expect(within(row).getByText('checkout-button')).toBeInTheDocument();
    expect(within(row).getByText('Ada Lovelace')).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Onboarding checklist/ })).toHaveTextContent(
      'Draft',
    );
    expect(screen.getByText('1–2 of 2')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(
      `${EXPERIMENTS_PATH}?limit=25&offset=0`,
      expect.anything(),
    );
  });

  it('asks for the next page with limit/offset and keeps the page in the URL', async () => {
    const fetchMock = stubFetch({
      ...shellHandlers,
      [EXPERIMENTS_PATH]: () => experimentPage([checkout], 60),
    });
    const { router } = renderApp('/experiments');

    await userEvent.click(await screen.findByRole('button', { name: 'Go to next page' }));
    expect(router.state.location.search).toBe('?page=2');
    expect(fetchMock).toHaveBeenCalledWith(
      `${EXPERIMENTS_PATH}?limit=25&offset=25`,
      expect.anything(),
    );
  });

  it('offers to create the first experiment when there are none', async () => {
    stubFetch({ ...shellHandlers, [EXPERIMENTS_PATH]: () => experimentPage([]) });
    renderApp('/experiments');

    expect(await screen.findByRole('heading', { name: 'No experiments yet' })).toBeVisible();
    expect(screen.getAllByRole('link', { name: 'New experiment' }).length).toBeGreaterThan(0);
  });

  it('explains a failure and loads the list again on Retry', async () => {
    let calls = 0;
    stubFetch({
      ...shellHandlers,
      [EXPERIMENTS_PATH]: () =>
        ++calls === 1
          ? new Response('<html>upstream down</html>', { status: 503 })
          : experimentPage([checkout]),
    });
    renderApp('/experiments');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load experiments');
    expect(alert).toHaveTextContent('The server answered 503 Service Unavailable.');

    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Checkout button colour' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
