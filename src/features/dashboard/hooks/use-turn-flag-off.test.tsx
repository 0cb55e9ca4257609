// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import type { NoticeInput } from './use-notice';
import { useTurnFlagOff } from './use-turn-flag-off';

afterEach(cleanup);

const FLAG_PATH = '/api/projects/@current/feature_flags/131/';
const flag = {
  ...makeExperiment({ id: 31 }).feature_flag!,
  id: 131,
  key: 'won-split',
  active: true,
};
const ended = makeExperiment({
  id: 31,
  name: 'Won but split',
  start_date: '2026-10-01T10:00:00Z',
  end_date: '2026-11-01T10:00:00Z',
  feature_flag: flag,
});

function renderTurnFlagOff() {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const notices: NoticeInput[] = [];
  const notify = (notice: NoticeInput) => notices.push(notice);
  const view = renderHook(() => useTurnFlagOff(notify, { current: null }), { wrapper });
  return { ...view, notices };
}

describe('useTurnFlagOff', () => {
  it('still says how Undo went after the panel that asked has unmounted', async () => {
    let refuseNext = false;
    const bodies: unknown[] = [];
    stubFetch({
      [FLAG_PATH]: ({ body }) => {
        bodies.push(body);
        if (refuseNext)
          return jsonResponse(
            { type: 'server_error', code: 'error', detail: 'Try again later.', attr: null },
            { status: 503 },
          );
        return jsonResponse({ ...flag, ...(body as object) });
      },
    });
    const { result, unmount, notices } = renderTurnFlagOff();
    act(() => result.current.ask(ended, document.body));
    act(() => result.current.confirm());
    await waitFor(() => expect(notices).toHaveLength(1));
    expect(notices[0]!.message).toBe(
      'The flag won-split of “Won but split” is off: everyone gets the default.',
    );

    // The person opens another page: the dashboard is gone, the app-wide notice and its Undo are not.
    unmount();
    notices[0]!.undo!();
    await waitFor(() => expect(notices).toHaveLength(2));
    expect(notices[1]).toEqual({
      severity: 'success',
      message: 'The flag won-split is on again: users get their variants.',
    });

    // A failed Undo is said too.
    refuseNext = true;
    notices[0]!.undo!();
    await waitFor(() => expect(notices).toHaveLength(3));
    expect(notices[2]).toMatchObject({ severity: 'error' });
    expect(notices[2]!.message).toContain('Try again later.');
    expect(bodies).toEqual([{ active: false }, { active: true }, { active: true }]);
    vi.unstubAllGlobals();
  });
});
