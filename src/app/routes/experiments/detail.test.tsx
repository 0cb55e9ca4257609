// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { shellHandlers } from '@/app/testing/app-stubs';
import { renderApp } from '@/app/testing/render-app';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { activityEntry, fakeExperimentApi } from '@/features/lifecycle/testing/fake-experiment-api';
import { stubFetch } from '@/lib/testing/fetch-stub';

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
const history = [
  activityEntry('ended', '2025-03-20T10:00:00Z', [
    { field: 'end_date', before: null, after: '2025-03-20T10:00:00Z' },
    { field: 'conclusion', before: null, after: 'won' },
  ]),
  activityEntry('paused', '2025-03-10T10:00:00Z', [
    { field: 'feature_flag_active', before: true, after: false },
  ]),
];

// Whole-app renders in jsdom are slow while other test files run beside them.
describe('Experiment detail page', { timeout: 20_000 }, () => {
  it('summarises the experiment, its conclusion and who ended it', async () => {
    stubFetch({ ...shellHandlers, ...fakeExperimentApi(stopped, { activity: history }).handlers });
    // A launched experiment opens on its results; the set-up is one tab along.
    renderApp('/experiments/42?tab=overview');

    // Generous: the first test of a file also waits for the lazily loaded route module.
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Pricing page layout' },
        { timeout: 5000 },
      ),
    ).toBeVisible();
    expect(screen.getByText('Stopped')).toBeInTheDocument();
    expect(screen.getByText('Two columns or three?')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/You have view-only access/);
    const conclusion = screen.getByRole('region', { name: 'Conclusion' });
    expect(within(conclusion).getByText('Won')).toBeInTheDocument();
    expect(within(conclusion).getByText('Three columns won clearly.')).toBeInTheDocument();
    expect(await within(conclusion).findByText(/Ended by Ada Lovelace on/)).toBeInTheDocument();
    expect(screen.getByText('1 primary · 1 secondary')).toBeInTheDocument();

    // The table reads the flag (the factory's 50/50), and says the set-up asked for something else.
    const variants = screen.getByRole('table', { name: 'Variants' });
    expect(within(variants).getByRole('row', { name: /control/ })).toHaveTextContent(/50\s%/);
    expect(
      screen.getByText(/The experiment was set up as control 34\s% · three-columns 66\s%\./),
    ).toBeInTheDocument();
  });

  it('keeps the tab in the URL and shows each write with its before and after', async () => {
    stubFetch({ ...shellHandlers, ...fakeExperimentApi(stopped, { activity: history }).handlers });
    const app = renderApp('/experiments/42?tab=history');

    const entries = await screen.findByRole(
      'list',
      { name: 'History, newest first' },
      { timeout: 5000 },
    );
    const paused = within(entries).getByRole('table', { name: /Ada Lovelace paused/ });
    expect(within(paused).getByRole('row', { name: /Feature flag/ })).toHaveTextContent(/On\s*Off/);
    await userEvent.click(screen.getByRole('tab', { name: 'Overview' }));
    expect(app.history.location.search).toBe('?tab=overview');
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
    // Results are this experiment's default tab, so choosing them leaves the URL plain.
    await userEvent.click(screen.getByRole('tab', { name: 'Results' }));
    expect(app.history.location.search).toBe('');
    expect(screen.getByRole('tab', { name: 'Results' })).toHaveAttribute('aria-selected', 'true');
  });

  it('opens the end dialog for "?action=conclude" and drops it from the URL', async () => {
    const running = makeExperiment({
      id: 42,
      start_date: '2025-03-01T10:00:00Z',
      feature_flag: { ...makeExperiment().feature_flag!, active: true },
    });
    stubFetch({ ...shellHandlers, ...fakeExperimentApi(running).handlers });
    const { history } = renderApp('/experiments/42?action=conclude');

    expect(
      await screen.findByRole('dialog', { name: 'End experiment' }, { timeout: 5000 }),
    ).toBeVisible();
    expect(history.location.search).toBe('');
  });

  it('answers "?action=conclude" also when the page is already open', async () => {
    const running = makeExperiment({
      id: 42,
      name: 'Checkout',
      start_date: '2025-03-01T10:00:00Z',
      feature_flag: { ...makeExperiment().feature_flag!, active: true },
    });
    stubFetch({ ...shellHandlers, ...fakeExperimentApi(running).handlers });
    const { history } = renderApp('/experiments/42');
    expect(await screen.findByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    act(() => history.push('/experiments/42?action=conclude'));
    expect(await screen.findByRole('dialog', { name: 'End experiment' })).toBeVisible();
    await waitFor(() => expect(history.location.search).toBe(''));
  });

  it('explains why there is nothing to conclude on a draft', async () => {
    stubFetch({ ...shellHandlers, ...fakeExperimentApi(makeExperiment({ id: 42 })).handlers });
    const { history } = renderApp('/experiments/42?action=conclude');

    expect(
      await screen.findByText('Cannot record a conclusion: Experiment has not been launched yet.'),
    ).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(history.location.search).toBe('');
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
