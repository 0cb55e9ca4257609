// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from '@/lib/navigation/router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Experiment } from '@/shared';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { EXPERIMENTS_PATH, fakeListHandler, listRequests } from '../testing/fake-list-api';
import { TurnFlagOffDialog } from './turn-flag-off-dialog';

afterEach(cleanup);

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const FLAG = { ...makeExperiment({ id: 31 }).feature_flag!, id: 131, active: true };

/** Ended, its 50/50 flag still on: what Needs attention offers to switch off. */
const ended = makeExperiment({
  id: 31,
  name: 'Won but split',
  start_date: daysAgo(40),
  end_date: daysAgo(3),
  feature_flag: FLAG,
});
/** Running on the same flag, and outside any list the dashboard had read (another creator, say). */
const runningOnSameFlag = makeExperiment({
  id: 44,
  name: 'Checkout live',
  start_date: daysAgo(5),
  feature_flag: FLAG,
});
const runningElsewhere = makeExperiment({
  id: 45,
  name: 'Other flag',
  start_date: daysAgo(5),
  feature_flag: { ...FLAG, id: 145, key: 'other' },
});

function renderDialog(project: Experiment[], onConfirm = vi.fn()) {
  const fetchMock = stubFetch({ [EXPERIMENTS_PATH]: fakeListHandler(() => project) });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>{children}</MemoryRouter>
    </QueryClientProvider>
  );
  render(<TurnFlagOffDialog experiment={ended} onConfirm={onConfirm} onClose={vi.fn()} />, {
    wrapper,
  });
  return { fetchMock, onConfirm };
}

describe('TurnFlagOffDialog', () => {
  it('offers the switch once the server says no running experiment shares the flag', async () => {
    const { fetchMock, onConfirm } = renderDialog([ended, runningElsewhere]);
    const dialog = await screen.findByRole('dialog', { name: 'Turn flag off' });
    const confirm = within(dialog).getByRole('button', { name: 'Turn flag off' });
    await vi.waitFor(() => expect(confirm).toBeEnabled());
    await userEvent.click(confirm);
    expect(onConfirm).toHaveBeenCalledOnce();
    // Asked of the server by flag and status, not read from the dashboard's capped lists.
    const asked = listRequests(fetchMock).at(-1)!;
    expect(asked.get('feature_flag_id')).toBe('131');
    expect(asked.get('status')).toBe('running');
  });

  it('refuses, naming the running experiment it would pause, when one shares the flag', async () => {
    const { onConfirm } = renderDialog([ended, runningOnSameFlag]);
    const dialog = await screen.findByRole('dialog', { name: 'Turn flag off' });
    const refusal = await within(dialog).findByText(/cannot be turned off from here/);
    expect(refusal).toHaveTextContent(
      'also runs “Checkout live”, and turning it off would pause that experiment',
    );
    expect(within(refusal).getByRole('link', { name: 'Checkout live' })).toHaveAttribute(
      'href',
      '/experiments/44',
    );
    expect(within(dialog).queryByRole('button', { name: 'Turn flag off' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeEnabled();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('does not offer the switch when the check fails, and says why', async () => {
    stubFetch({
      [EXPERIMENTS_PATH]: () =>
        jsonResponse(
          { type: 'server_error', code: 'error', detail: 'Try again later.', attr: null },
          { status: 503 },
        ),
    });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={queryClient}>
        <MemoryRouter>
          <TurnFlagOffDialog experiment={ended} onConfirm={vi.fn()} onClose={vi.fn()} />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Turn flag off' });
    expect(
      await within(dialog).findByText(/Could not check whether a running experiment/),
    ).toHaveTextContent('Try again later.');
    expect(within(dialog).getByRole('button', { name: 'Turn flag off' })).toBeDisabled();
  });
});
