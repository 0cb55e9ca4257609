// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Experiment } from '@/shared';
import { NoticeProvider } from '@/lib/notice/notice-provider';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { useFlagSwitch } from '../components/flag-toggle/use-flag-switch';
import { refusal } from '../testing/fake-experiment-api';
import { useQuickToggle } from './use-quick-toggle';

afterEach(cleanup);

/** A server answer the test releases by hand, after the page that asked has gone. */
function heldAnswer() {
  let release!: (response: Response) => void;
  const answer = new Promise<Response>((resolve) => (release = resolve));
  return { answer, release };
}

/** A page that starts a request, then is left (unmounted) while the app-wide notice stays. */
function renderLeavingPage(Page: () => null) {
  function App() {
    const [onPage, setOnPage] = useState(true);
    return (
      <>
        {onPage && <Page />}
        <button type="button" onClick={() => setOnPage(false)}>
          Leave
        </button>
      </>
    );
  }
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  render(
    <QueryClientProvider client={queryClient}>
      <NoticeProvider>
        <App />
      </NoticeProvider>
    </QueryClientProvider>,
  );
}

const ended = (): Experiment =>
  makeExperiment({
    id: 7,
    start_date: '2025-03-01T10:00:00Z',
    end_date: '2025-03-20T10:00:00Z',
    feature_flag: { ...makeExperiment().feature_flag!, id: 70, active: true },
  });

describe('an outcome is told after the page that asked has gone', () => {
  it('quick toggle: a pause that succeeds after leaving still offers Undo', async () => {
    const held = heldAnswer();
    const running = makeExperiment({ id: 7, start_date: '2025-03-01T10:00:00Z' });
    stubFetch({ '/api/projects/@current/experiments/7/pause/': () => held.answer });
    let toggle!: ReturnType<typeof useQuickToggle>;
    renderLeavingPage(function Page() {
      toggle = useQuickToggle(running);
      return null;
    });
    toggle('pause');
    await userEvent.click(screen.getByRole('button', { name: 'Leave' }));
    held.release(jsonResponse({ ...running, status: 'paused' }));
    expect(await screen.findByText('Paused: the feature flag is off.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeVisible();
  });

  it('quick toggle: a refusal after leaving is still reported', async () => {
    const held = heldAnswer();
    const running = makeExperiment({ id: 7, start_date: '2025-03-01T10:00:00Z' });
    stubFetch({ '/api/projects/@current/experiments/7/resume/': () => held.answer });
    let toggle!: ReturnType<typeof useQuickToggle>;
    renderLeavingPage(function Page() {
      toggle = useQuickToggle(running);
      return null;
    });
    toggle('resume');
    await userEvent.click(screen.getByRole('button', { name: 'Leave' }));
    held.release(refusal('The experiment is not paused.'));
    expect(
      await screen.findByText(/Could not resume the experiment: The experiment is not paused\./),
    ).toBeVisible();
  });

  it('flag switch: turning a flag off after leaving still offers Undo, and a refused Undo says so', async () => {
    const experiment = ended();
    const first = heldAnswer();
    let calls = 0;
    stubFetch({
      '/api/projects/@current/feature_flags/70/': () => {
        calls += 1;
        return calls === 1 ? first.answer : refusal('Flag is locked.');
      },
    });
    let flagSwitch!: ReturnType<typeof useFlagSwitch>;
    renderLeavingPage(function Page() {
      flagSwitch = useFlagSwitch();
      return null;
    });
    flagSwitch(experiment, false);
    await userEvent.click(screen.getByRole('button', { name: 'Leave' }));
    first.release(jsonResponse({ ...experiment.feature_flag, active: false }));
    expect(await screen.findByText(/is off: everyone gets the default\./)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/Could not turn the flag on: Flag is locked\./)).toBeVisible();
  });
});
