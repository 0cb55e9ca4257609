// @vitest-environment jsdom
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { VIEWER_ONLY_REASON, type Experiment } from '@/shared';
import { shellHandlers } from '@/app/testing/app-stubs';
import { renderApp } from '@/app/testing/render-app';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';
import {
  EXPERIMENTS_PATH,
  fakeListHandler,
  listRequests,
} from '@/features/dashboard/testing/fake-list-api';

// Whole-app renders with lazy routes and several queries (five list requests before the panel shows): on
// a busy machine 1 s is not enough, and the flag-off test walks through a dialog, a notice and Undo.
configure({ asyncUtilTimeout: 10_000 });

const FLAGS_PATH = '/api/projects/@current/feature_flags/';
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/** Ended as won, yet its flag still serves control and test 50/50 (what End leaves without shipping). */
function endedSplitting(id: number, name: string, extra: Partial<Experiment> = {}) {
  const base = makeExperiment({ id, name });
  return makeExperiment({
    id,
    name,
    start_date: daysAgo(40),
    end_date: daysAgo(3),
    updated_at: daysAgo(3),
    conclusion: 'won',
    metrics: [{ kind: 'ExperimentMetric' } as never],
    feature_flag: { ...base.feature_flag!, active: true },
    ...extra,
  });
}

const wonSplitting = endedSplitting(31, 'Won but split');
const viewerSplitting = endedSplitting(32, 'Someone else’s test', { user_access_level: 'viewer' });
const viewerNoMetric = makeExperiment({
  id: 33,
  name: 'Read-only run',
  start_date: daysAgo(2),
  updated_at: daysAgo(2),
  feature_flag: { ...makeExperiment({ id: 33 }).feature_flag!, active: true },
  metrics: [],
  user_access_level: 'viewer',
});
const pausedLong = makeExperiment({
  id: 34,
  name: 'Long pause',
  start_date: daysAgo(30),
  updated_at: daysAgo(12),
  metrics: [{ kind: 'ExperimentMetric' } as never],
});
const archivedSplitting = endedSplitting(35, 'Archived but split', { archived: true });
const fine = makeExperiment({ id: 36, name: 'Fresh draft', updated_at: daysAgo(1) });

/** A tiny project: the list answers from it, and PATCH feature_flags/{id}/ switches the flag it names. */
function serveProject(initial: Experiment[]) {
  let experiments = [...initial];
  const flagPatches: { id: number; body: unknown }[] = [];
  const handlers: Parameters<typeof stubFetch>[0] = {
    ...shellHandlers,
    [EXPERIMENTS_PATH]: fakeListHandler(() => experiments),
  };
  for (const experiment of initial) {
    const flag = experiment.feature_flag!;
    handlers[`${FLAGS_PATH}${flag.id}/`] = ({ body }) => {
      flagPatches.push({ id: flag.id, body });
      const { active } = body as { active: boolean };
      experiments = experiments.map((e) =>
        e.feature_flag?.id === flag.id ? { ...e, feature_flag: { ...e.feature_flag, active } } : e,
      );
      return jsonResponse({ ...flag, active });
    };
  }
  const fetchMock = stubFetch(handlers);
  return { fetchMock, flagPatches };
}

const attentionList = () => screen.findByRole('list', { name: 'Experiments that need attention' });
const itemOf = async (name: string) =>
  (await within(await attentionList()).findByRole('link', { name })).closest('li')!;

describe('Needs attention', { timeout: 30_000 }, () => {
  it('turns off the flag of an ended experiment that still splits users, after asking, with Undo', async () => {
    const { flagPatches } = serveProject([wonSplitting, fine]);
    renderApp('/experiments?status=attention');

    const item = await itemOf('Won but split');
    expect(item).toHaveTextContent(
      'Ended, but its feature flag still serves control 50 % · test 50 % of all users',
    );
    await userEvent.click(within(item).getByRole('button', { name: 'Turn flag off' }));

    const dialog = await screen.findByRole('dialog', { name: 'Turn flag off' });
    expect(dialog).toHaveAccessibleDescription(
      'This changes what real users see: the feature flag experiment-31 of “Won but split” is turned off for every experiment and every place that uses it.',
    );
    expect(dialog).toHaveTextContent('Now: control 50 % · test 50 % of all users.');
    expect(dialog).toHaveTextContent('After: Flag off: everyone gets the default.');
    expect(
      within(dialog).getByRole('link', { name: 'ship it from the experiment page' }),
    ).toHaveAttribute('href', '/experiments/31?action=ship');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Turn flag off' }));

    const notice = await screen.findByText(
      'The flag experiment-31 of “Won but split” is off: everyone gets the default.',
    );
    expect(flagPatches).toEqual([{ id: 131, body: { active: false } }]);
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Won but split' })).not.toBeInTheDocument(),
    );
    const heading = await screen.findByRole('heading', {
      name: 'Nothing needs a decision right now',
    });
    // Its button left with the item: focus lands on the list's heading, not on the page's start.
    expect(heading).toHaveFocus();

    await userEvent.click(
      within(notice.closest('[role="alert"]')!).getByRole('button', { name: 'Undo' }),
    );
    expect(await itemOf('Won but split')).toBeVisible();
    expect(flagPatches.at(-1)).toEqual({ id: 131, body: { active: true } });
  });

  it('keeps Escape harmless, and gives focus back to the button', async () => {
    const { flagPatches } = serveProject([wonSplitting]);
    renderApp('/experiments?status=attention');
    await userEvent.click(
      within(await itemOf('Won but split')).getByRole('button', { name: 'Turn flag off' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Turn flag off' });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(
      within(await itemOf('Won but split')).getByRole('button', { name: 'Turn flag off' }),
    ).toHaveFocus();
    expect(flagPatches).toEqual([]);
    expect(await itemOf('Won but split')).toBeVisible();
  });

  it('refuses every action to a viewer with the reason, instead of a read-only editor', async () => {
    serveProject([viewerSplitting, viewerNoMetric]);
    renderApp('/experiments?status=attention');

    const metricItem = await itemOf('Read-only run');
    expect(metricItem).toHaveTextContent('Running without a primary metric');
    expect(metricItem).toHaveTextContent(VIEWER_ONLY_REASON);
    expect(within(metricItem).queryByRole('link', { name: 'Add a primary metric' })).toBeNull();
    const add = within(metricItem).getByRole('button', { name: 'Add a primary metric' });
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription(`Read-only run ${VIEWER_ONLY_REASON}`);

    const flagItem = await itemOf('Someone else’s test');
    expect(within(flagItem).getByRole('button', { name: 'Turn flag off' })).toBeDisabled();
  });

  it('sends a long pause to the Resume and End dialogs of its page', async () => {
    serveProject([pausedLong]);
    renderApp('/experiments?status=attention');
    const item = await itemOf('Long pause');
    expect(within(item).getByRole('link', { name: 'Resume' })).toHaveAttribute(
      'href',
      '/experiments/34?action=resume',
    );
    expect(within(item).getByRole('link', { name: 'End experiment' })).toHaveAttribute(
      'href',
      '/experiments/34?action=end',
    );
  });

  it('says a search matched nothing, rather than that nothing needs a decision', async () => {
    serveProject([wonSplitting, fine]);
    renderApp('/experiments?status=attention&search=zzz');
    expect(
      await screen.findByRole('heading', { name: 'No experiment name contains “zzz”' }),
    ).toBeVisible();

    await userEvent.click(
      within(screen.getByRole('tabpanel')).getByRole('button', { name: 'Clear filters' }),
    );
    expect(await itemOf('Won but split')).toBeVisible();
  });

  it('says when the matching experiments are all fine', async () => {
    serveProject([wonSplitting, fine]);
    renderApp('/experiments?status=attention&search=fresh');
    expect(
      await screen.findByRole('heading', {
        name: 'The one experiment whose name contains “fresh” needs no decision',
      }),
    ).toBeVisible();
  });

  it('follows "Archived only" like the list: its count and its items change', async () => {
    const project = [wonSplitting, pausedLong, archivedSplitting, fine];
    serveProject(project);
    const first = renderApp('/experiments?status=attention');
    expect(await screen.findByRole('tab', { name: 'Needs attention 2' })).toBeVisible();
    expect(await itemOf('Won but split')).toBeVisible();
    first.unmount();

    const { fetchMock } = serveProject(project);
    renderApp('/experiments?status=attention&archived=true');
    expect(await screen.findByRole('tab', { name: 'Needs attention 1' })).toBeVisible();
    expect(await itemOf('Archived but split')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Won but split' })).toBeNull();
    expect(screen.getByText(/Archived experiments were filed away on purpose/)).toBeVisible();
    // One request reads the archived candidates: only an ended experiment can be archived.
    const archivedReads = listRequests(fetchMock).filter(
      (params) => params.get('archived') === 'true' && params.get('limit') === '100',
    );
    expect(archivedReads.map((params) => params.get('status'))).toEqual(['stopped']);
  });
});
