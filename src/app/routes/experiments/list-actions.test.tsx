// @vitest-environment jsdom
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Experiment } from '@/shared';
import { shellHandlers } from '@/app/testing/app-stubs';
import { renderApp } from '@/app/testing/render-app';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { EXPERIMENTS_PATH, fakeListHandler } from '@/features/dashboard/testing/fake-list-api';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';

// Whole-app renders with lazy routes and several queries: on a busy CI machine 1 s is not enough.
configure({ asyncUtilTimeout: 5000 });

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const flag = (active: boolean) => ({ id: 1, key: 'flag', active });

const runningLong = makeExperiment({
  id: 21,
  name: 'Sticky cart',
  start_date: daysAgo(45),
  feature_flag: flag(true),
  updated_at: daysAgo(45),
  metrics: [],
});
const stoppedOpen = makeExperiment({
  id: 22,
  name: 'Wishlist sharing',
  start_date: daysAgo(40),
  end_date: daysAgo(3),
  updated_at: daysAgo(3),
});
const freshDraft = makeExperiment({ id: 23, name: 'Fresh draft', updated_at: daysAgo(1) });

/** A tiny in-memory project: the list answers from it, PATCH deleted and duplicate change it. */
function serveProject(initial: Experiment[]) {
  let experiments = [...initial];
  const patches: unknown[] = [];
  const handlers: Parameters<typeof stubFetch>[0] = {
    ...shellHandlers,
    [EXPERIMENTS_PATH]: fakeListHandler(() => experiments.filter((e) => !e.deleted)),
  };
  for (const experiment of initial) {
    handlers[`${EXPERIMENTS_PATH}${experiment.id}/`] = ({ body }) => {
      patches.push(body);
      experiments = experiments.map((e) =>
        e.id === experiment.id ? { ...e, ...(body as object) } : e,
      );
      return jsonResponse(experiments.find((e) => e.id === experiment.id));
    };
    handlers[`${EXPERIMENTS_PATH}${experiment.id}/duplicate/`] = () => {
      const copy = makeExperiment({ id: 99, name: `${experiment.name} (Copy)` });
      experiments = [copy, ...experiments];
      return jsonResponse(copy, { status: 201 });
    };
  }
  handlers[`${EXPERIMENTS_PATH}99/`] = () => jsonResponse(experiments.find((e) => e.id === 99));
  const fetchMock = stubFetch(handlers);
  return { fetchMock, patches };
}

async function openRowMenu(name: string) {
  await userEvent.click(await screen.findByRole('button', { name: `Actions for ${name}` }));
  return screen.findByRole('menu', { name: `Actions for ${name}` });
}

describe('Experiments dashboard actions', { timeout: 30_000 }, () => {
  it('keeps a refused action in the menu with its reason, reachable by keyboard', async () => {
    serveProject([runningLong]);
    renderApp('/experiments');
    const menu = await openRowMenu('Sticky cart');

    const archive = within(menu).getByRole('menuitem', { name: /Archive/ });
    expect(archive).toHaveAttribute('aria-disabled', 'true');
    expect(archive).toHaveTextContent('Experiment must be ended before it can be archived.');
    // The menu focuses its first item once it has opened; then the arrows walk down to Archive.
    await waitFor(() => expect(within(menu).getByRole('menuitem', { name: 'Open' })).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(archive).toHaveFocus();
    expect(within(menu).getByRole('menuitem', { name: 'Delete…' })).not.toHaveAttribute(
      'aria-disabled',
    );
  });

  it('deletes softly and restores on Undo', async () => {
    const { patches } = serveProject([stoppedOpen, freshDraft]);
    renderApp('/experiments');
    const menu = await openRowMenu('Fresh draft');

    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Delete…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Fresh draft”?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const notice = await screen.findByText('Deleted “Fresh draft”.');
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Fresh draft' })).not.toBeInTheDocument(),
    );

    await userEvent.click(
      within(notice.closest('[role="alert"]')!).getByRole('button', { name: 'Undo' }),
    );
    expect(await screen.findByRole('link', { name: 'Fresh draft' })).toBeVisible();
    expect(patches).toEqual([{ deleted: true }, { deleted: false }]);
  });

  it('duplicates, then opens the copy', async () => {
    serveProject([freshDraft]);
    const { history } = renderApp('/experiments');
    const menu = await openRowMenu('Fresh draft');
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Duplicate' }));
    await waitFor(() => expect(history.location.pathname).toBe('/experiments/99'));
  });

  it('lists what needs attention with the reason and the action that resolves it', async () => {
    serveProject([runningLong, stoppedOpen, freshDraft]);
    renderApp('/experiments');

    const tab = await screen.findByRole('tab', { name: 'Needs attention 2' });
    await userEvent.click(tab);
    const list = await screen.findByRole('list', { name: 'Experiments that need attention' });
    const items = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list);
    expect(items).toHaveLength(2);

    expect(items[0]).toHaveTextContent('Stopped without a recorded conclusion');
    expect(within(items[0]!).getByRole('link', { name: 'Record conclusion' })).toHaveAttribute(
      'href',
      '/experiments/22?action=conclude',
    );
    expect(items[1]).toHaveTextContent('Running for 45 days (over 30)');
    expect(items[1]).toHaveTextContent('Running without a primary metric');
    expect(within(items[1]!).getByRole('link', { name: 'End experiment' })).toHaveAttribute(
      'href',
      '/experiments/21?action=end',
    );
  });
});
