// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from '@/lib/navigation/router';
import { afterEach, describe, expect, it } from 'vitest';
import { NoticeProvider } from '@/lib/notice/notice-provider';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { useDeleteWithUndo } from './use-delete-with-undo';

afterEach(cleanup);

const EXPERIMENT = '/api/projects/@current/experiments/5/';
const refused = (detail: string) =>
  jsonResponse({ type: 'server_error', code: 'error', detail, attr: null }, { status: 503 });

function renderDeleteHook() {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <NoticeProvider>
        <MemoryRouter>{children}</MemoryRouter>
      </NoticeProvider>
    </QueryClientProvider>
  );
  return renderHook(() => useDeleteWithUndo(), { wrapper }).result;
}

describe('useDeleteWithUndo', () => {
  it('a retry after "paused but not deleted" does not pause again, and Undo still resumes', async () => {
    const running = makeExperiment({
      id: 5,
      name: 'Sticky cart',
      start_date: '2025-03-01T10:00:00Z',
      feature_flag: { ...makeExperiment().feature_flag!, key: 'sticky-cart', active: true },
    });
    const paused = {
      ...running,
      status: 'paused',
      feature_flag: { ...running.feature_flag!, active: false },
    };
    const calls: string[] = [];
    let deleteAnswers = 0;
    stubFetch({
      [`${EXPERIMENT}pause/`]: () => {
        calls.push('pause');
        return jsonResponse(paused);
      },
      [`${EXPERIMENT}resume/`]: () => {
        calls.push('resume');
        return jsonResponse(running);
      },
      [EXPERIMENT]: ({ body }) => {
        const { deleted } = body as { deleted: boolean };
        calls.push(deleted ? 'delete' : 'restore');
        if (deleted && ++deleteAnswers === 1) return refused('Try again later.');
        return jsonResponse({ ...paused, deleted });
      },
    });
    const hook = renderDeleteHook();

    await act(() =>
      expect(hook.current.remove(running, { turnFlagOff: true })).rejects.toThrow(
        /The experiment is paused now, but it was not deleted: Try again later\./,
      ),
    );
    // The person is told it is paused, with the way back.
    expect(
      await screen.findByText(/“Sticky cart” is paused now \(its flag sticky-cart is off\)/),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Resume' })).toBeVisible();

    // The dialog retries with the experiment as it opened (running): no second pause.
    await act(() => hook.current.remove(running, { turnFlagOff: true }));
    expect(calls).toEqual(['pause', 'delete', 'delete']);
    expect(
      await screen.findByText(/Deleted “Sticky cart”\. It was paused first, so its flag/),
    ).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      await screen.findByText('Restored “Sticky cart” and turned its flag sticky-cart back on.'),
    ).toBeVisible();
    expect(calls).toEqual(['pause', 'delete', 'delete', 'restore', 'resume']);
  });

  it('Resume in the notice turns the flag back on when the delete failed', async () => {
    const running = makeExperiment({
      id: 5,
      name: 'Sticky cart',
      start_date: '2025-03-01T10:00:00Z',
      feature_flag: { ...makeExperiment().feature_flag!, key: 'sticky-cart', active: true },
    });
    const paused = {
      ...running,
      status: 'paused',
      feature_flag: { ...running.feature_flag!, active: false },
    };
    const calls: string[] = [];
    stubFetch({
      [`${EXPERIMENT}pause/`]: () => {
        calls.push('pause');
        return jsonResponse(paused);
      },
      [`${EXPERIMENT}resume/`]: () => {
        calls.push('resume');
        return jsonResponse(running);
      },
      [EXPERIMENT]: () => {
        calls.push('delete');
        return refused('Try again later.');
      },
    });
    const hook = renderDeleteHook();
    await act(() => expect(hook.current.remove(running, { turnFlagOff: true })).rejects.toThrow());
    await userEvent.click(await screen.findByRole('button', { name: 'Resume' }));
    expect(
      await screen.findByText('Resumed “Sticky cart”: its flag sticky-cart is on again.'),
    ).toBeVisible();
    expect(calls).toEqual(['pause', 'delete', 'resume']);
  });
});
