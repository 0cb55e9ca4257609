// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Experiment } from '@/shared';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';
import { fakeExperimentApi, refusal } from '../../testing/fake-experiment-api';
import { renderLifecyclePage } from '../../testing/render-lifecycle-page';

const START = '2025-03-01T10:00:00Z';
const END = '2025-03-20T10:00:00Z';
const flag = (active: boolean) => ({ ...makeExperiment().feature_flag!, active });

/**
 * The experiment page with the flag endpoint too; `flagAnswer` may refuse the PATCH, and `running` is what the
 * server lists as running on the flag (asked before turning it off).
 */
async function openPage(
  experiment: Experiment,
  {
    search = '',
    flagAnswer,
    running = [],
  }: { search?: string; flagAnswer?: () => Response; running?: Experiment[] } = {},
) {
  const api = fakeExperimentApi(experiment);
  const flagPath = `/api/projects/@current/feature_flags/${experiment.feature_flag!.id}/`;
  // The flag's state lives "on the server", so the refetch after a switch shows it.
  let current = experiment;
  stubFetch({
    ...api.handlers,
    [`/api/projects/@current/experiments/${experiment.id}/`]: () => jsonResponse(current),
    [flagPath]: (request) => {
      api.writes.push({ method: request.method, path: request.url, body: request.body });
      const refused = flagAnswer?.();
      if (refused) return refused;
      const active = (request.body as { active: boolean }).active;
      current = { ...current, feature_flag: { ...current.feature_flag!, active } };
      return jsonResponse(current.feature_flag);
    },
    [`${flagPath}activity/`]: () =>
      jsonResponse({ count: 0, next: null, previous: null, results: [] }),
    '/api/projects/@current/experiments/': () =>
      jsonResponse({ count: running.length, next: null, previous: null, results: running }),
  });
  renderLifecyclePage(experiment.id, { search });
  // A dialog opened by ?action= hides the page from the accessibility tree: wait for the page's text instead.
  await screen.findByText(experiment.name, { selector: 'h1' });
  return api;
}

describe('Turn flag off / on', { timeout: 20_000 }, () => {
  it('asks first, then turns an ended experiment’s flag off with exactly {active: false}, with Undo', async () => {
    const ended = makeExperiment({
      id: 42,
      start_date: START,
      end_date: END,
      feature_flag: flag(true),
    });
    const api = await openPage(ended);
    await userEvent.click(screen.getByRole('button', { name: 'Turn flag off' }));
    const dialog = screen.getByRole('dialog', { name: 'Turn flag off' });
    expect(dialog).toHaveTextContent(/Now:.*of all users/);
    expect(dialog).toHaveTextContent(/After:.*everyone gets the default/);
    const confirm = within(dialog).getByRole('button', { name: 'Turn flag off' });
    // Offered once the server says no running experiment shares the flag.
    await waitFor(() => expect(confirm).toBeEnabled());
    await userEvent.click(confirm);

    expect(await screen.findByText(/is off: everyone gets the default\./)).toBeVisible();
    // The page follows at once: the header line and the offered switch.
    expect(screen.getByTestId('serving-now')).toHaveTextContent('Flag off');
    expect(screen.getByRole('button', { name: 'Turn flag on' })).toBeInTheDocument();
    expect(api.writes.map((w) => [w.method, w.path, w.body])).toEqual([
      [
        'PATCH',
        `/api/projects/@current/feature_flags/${ended.feature_flag!.id}/`,
        { active: false },
      ],
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.writes).toHaveLength(2));
    expect(api.writes[1]?.body).toEqual({ active: true });
  });

  it('rolls back and says why when the server refuses', async () => {
    const ended = makeExperiment({
      id: 42,
      start_date: START,
      end_date: END,
      feature_flag: flag(true),
    });
    await openPage(ended, { flagAnswer: () => refusal('You do not have permission.') });
    await userEvent.click(screen.getByRole('button', { name: 'Turn flag off' }));
    const confirm = within(screen.getByRole('dialog')).getByRole('button', {
      name: 'Turn flag off',
    });
    await waitFor(() => expect(confirm).toBeEnabled());
    await userEvent.click(confirm);
    expect(
      await screen.findByText(/Could not turn the flag off: You do not have permission\./),
    ).toBeVisible();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Turn flag off' })).toBeInTheDocument(),
    );
  });

  it('refuses to turn the flag off while another running experiment shares it, naming that one', async () => {
    const ended = makeExperiment({
      id: 42,
      start_date: START,
      end_date: END,
      feature_flag: flag(true),
    });
    const sharer = makeExperiment({
      id: 44,
      name: 'Checkout live',
      start_date: START,
      feature_flag: flag(true),
    });
    const api = await openPage(ended, { running: [ended, sharer] });
    await userEvent.click(screen.getByRole('button', { name: 'Turn flag off' }));
    const dialog = screen.getByRole('dialog', { name: 'Turn flag off' });
    const refused = await within(dialog).findByText(/cannot be turned off from here/);
    expect(refused).toHaveTextContent(
      'also runs “Checkout live”, and turning it off would pause that experiment',
    );
    expect(within(refused).getByRole('link', { name: 'Checkout live' })).toHaveAttribute(
      'href',
      '/experiments/44',
    );
    expect(within(dialog).queryByRole('button', { name: 'Turn flag off' })).toBeNull();
    expect(api.writes).toEqual([]);
  });

  it('?action=flag-off on a running experiment opens Pause, which uses the pause action', async () => {
    const running = makeExperiment({ id: 42, start_date: START, feature_flag: flag(true) });
    await openPage(running, { search: '?action=flag-off' });
    expect(await screen.findByRole('dialog', { name: 'Pause experiment' })).toBeVisible();
  });

  it.each([
    ['end', { start_date: START, feature_flag: flag(true) }, 'End experiment'],
    ['resume', { start_date: START, feature_flag: flag(false) }, 'Resume experiment'],
    ['flag-on', { start_date: START, end_date: END, feature_flag: flag(false) }, 'Turn flag on'],
  ])('?action=%s opens its dialog', async (action, state, title) => {
    await openPage(makeExperiment({ id: 42, ...state }), { search: `?action=${action}` });
    expect(await screen.findByRole('dialog', { name: title })).toBeVisible();
  });

  it.each([
    ['end', {}, 'Cannot end the experiment: Experiment has not been launched yet.'],
    [
      'flag-on',
      {},
      'Cannot turn the feature flag on: A draft’s feature flag is turned on by launching it.',
    ],
    [
      'pause',
      { start_date: START, feature_flag: flag(true), user_access_level: 'viewer' },
      'Cannot pause the experiment: You have view-only access to this experiment. Ask an editor to change it.',
    ],
  ])('?action=%s that is not allowed says why instead', async (action, state, message) => {
    await openPage(makeExperiment({ id: 42, ...state }), { search: `?action=${action}` });
    expect(await screen.findByText(message)).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
