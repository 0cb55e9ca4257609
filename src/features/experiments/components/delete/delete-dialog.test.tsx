// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from '@/lib/navigation/router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { experimentStatus, type Experiment } from '@/shared';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { DeleteDialog } from './delete-dialog';

afterEach(cleanup);

const START = '2026-11-01T10:00:00Z';
const END = '2026-11-20T10:00:00Z';
const FLAG = { ...makeExperiment({ id: 5 }).feature_flag!, active: true };
const ended = makeExperiment({
  id: 5,
  name: 'Ended split',
  start_date: START,
  end_date: END,
  feature_flag: FLAG,
});
const other = makeExperiment({
  id: 9,
  name: 'Checkout live',
  start_date: START,
  feature_flag: FLAG,
});

/** The list endpoint, answering `feature_flag_id` and `status` as PostHog does. */
function serveList(project: Experiment[]) {
  return ({ url }: { url: string }) => {
    const params = new URL(url, 'http://localhost').searchParams;
    const results = project.filter(
      (e) =>
        String(e.feature_flag?.id) === params.get('feature_flag_id') &&
        experimentStatus(e) === params.get('status'),
    );
    return jsonResponse({ count: results.length, next: null, previous: null, results });
  };
}

function renderDialog(project: Experiment[]) {
  stubFetch({ '/api/projects/@current/experiments/': serveList(project) });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>{children}</MemoryRouter>
    </QueryClientProvider>
  );
  render(<DeleteDialog experiment={ended} onClose={vi.fn()} onConfirm={vi.fn()} />, { wrapper });
  return screen.findByRole('dialog', { name: 'Delete “Ended split”?' });
}

const offer = (dialog: HTMLElement) =>
  within(dialog).getByRole('checkbox', { name: /Turn the flag .* off/ });

describe('DeleteDialog', () => {
  it('ticks "turn the flag off" once the server says no running experiment shares it', async () => {
    const dialog = await renderDialog([ended]);
    await vi.waitFor(() => expect(offer(dialog)).toBeChecked());
    expect(within(dialog).getByRole('button', { name: 'Turn flag off and delete' })).toBeEnabled();
  });

  it('leaves it unticked and names the running experiment that shares the flag', async () => {
    const dialog = await renderDialog([ended, other]);
    const warning = await within(dialog).findByText(/turning it off pauses that experiment too/);
    expect(warning).toHaveTextContent('also runs “Checkout live”');
    expect(within(warning).getByRole('link', { name: 'Checkout live' })).toHaveAttribute(
      'href',
      '/experiments/9',
    );
    expect(offer(dialog)).not.toBeChecked();
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeEnabled();
  });
});
