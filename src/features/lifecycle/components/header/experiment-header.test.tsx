// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Experiment } from '@/shared';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { stubFetch } from '@/lib/testing/fetch-stub';
import { fakeExperimentApi, refusal } from '../../testing/fake-experiment-api';
import { renderLifecyclePage } from '../../testing/render-lifecycle-page';

const flag = (active: boolean) => ({ ...makeExperiment().feature_flag!, active });
const START = '2025-03-01T10:00:00Z';
const END = '2025-03-20T10:00:00Z';
const STATES: Record<string, Partial<Experiment>> = {
  draft: {},
  running: { start_date: START, feature_flag: flag(true) },
  paused: { start_date: START, feature_flag: flag(false) },
  stopped: { start_date: START, end_date: END, feature_flag: flag(true) },
  archived: { start_date: START, end_date: END, feature_flag: flag(true), archived: true },
};

async function openPage(experiment: Experiment, answer?: Parameters<typeof fakeExperimentApi>[1]) {
  const api = fakeExperimentApi(experiment, answer);
  stubFetch(api.handlers);
  const view = renderLifecyclePage(experiment.id);
  await screen.findByRole('heading', { level: 1, name: experiment.name });
  return { ...view, api, actions: screen.getByRole('group', { name: 'Experiment actions' }) };
}

// MUI dialogs in jsdom are slow when test files run side by side.
describe('Experiment header', { timeout: 20_000 }, () => {
  it.each([
    ['draft', ['Launch', 'Edit', 'More actions']],
    ['running', ['Pause', 'End experiment', 'Edit', 'More actions']],
    ['paused', ['Resume', 'End experiment', 'Edit', 'More actions']],
    // Their flag is still on: no lifecycle action covers it, so the header offers to turn it off.
    ['stopped', ['Record conclusion', 'Archive', 'Turn flag off', 'Edit', 'More actions']],
    ['archived', ['Record conclusion', 'Unarchive', 'Turn flag off', 'Edit', 'More actions']],
  ])('offers the next step for a %s experiment', async (state, names) => {
    const { actions } = await openPage(makeExperiment({ id: 42, ...STATES[state] }));
    // In reading order, as a keyboard user tabs through them.
    const controls = Array.from(actions.querySelectorAll('button, a'));
    expect(controls.map((c) => c.textContent)).toEqual(names);
    expect(within(actions).getByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      '/experiments/42/edit',
    );
  });

  it('keeps refused menu actions visible, with the reason, and does nothing on click', async () => {
    const { api } = await openPage(makeExperiment({ id: 42, ...STATES.running }));
    await userEvent.click(screen.getByRole('button', { name: 'More actions' }));
    const archive = screen.getByRole('menuitem', { name: 'Archive' });
    expect(archive).toHaveAttribute('aria-disabled', 'true');
    expect(archive).toHaveAccessibleDescription(
      'Experiment must be ended before it can be archived.',
    );
    await userEvent.click(archive);
    expect(api.writes).toEqual([]);
    expect(screen.getByRole('menuitem', { name: 'Reset to draft…' })).not.toHaveAttribute(
      'aria-disabled',
    );
  });

  it('refuses everything to a viewer, saying why on hover and to screen readers', async () => {
    await openPage(makeExperiment({ id: 42, ...STATES.running, user_access_level: 'viewer' }));
    const pause = screen.getByRole('button', { name: 'Pause' });
    expect(pause).toHaveAttribute('aria-disabled', 'true');
    expect(pause).toHaveAccessibleDescription(/You have view-only access/);
    await userEvent.hover(pause.parentElement!);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/view-only access/);
  });

  it('pauses at once and rolls back with the reason when the server refuses', async () => {
    const running = makeExperiment({ id: 42, ...STATES.running });
    let refuse = () => {};
    const held = new Promise<Response>((resolve) => {
      refuse = () => resolve(refusal('Experiment is already paused.'));
    });
    await openPage(running, { answer: (action) => (action === 'pause' ? held : running) });
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    const dialog = screen.getByRole('dialog', { name: 'Pause experiment' });
    expect(dialog).toHaveTextContent('no exposures are collected');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pause' }));

    // Shown paused before the server answers…
    expect(await screen.findByText('Paused')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    refuse();
    // …and back to running, with the reason, once it refuses.

    expect(
      await screen.findByText(/Could not pause the experiment: Experiment is already paused\./),
    ).toBeVisible();
    await waitFor(() => expect(screen.getByText('Running')).toBeInTheDocument());
  });

  it('deletes once confirmed and Undo restores the experiment', async () => {
    const experiment = makeExperiment({ id: 42, name: 'Checkout copy' });
    const { api } = await openPage(experiment);
    await userEvent.click(screen.getByRole('button', { name: 'More actions' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Delete…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Checkout copy”?' });
    expect(dialog).toHaveTextContent('Its feature flag experiment-42 is off');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Experiment deleted' }),
    ).toBeVisible();
    const notice = await screen.findByText('Deleted “Checkout copy”.');
    const alert = notice.closest('[role="alert"]') as HTMLElement;
    await userEvent.click(within(alert).getByRole('button', { name: 'Undo' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Checkout copy' })).toBeVisible();
    expect(api.writes.map((w) => [w.method, w.body])).toEqual([
      ['PATCH', { deleted: true }],
      ['PATCH', { deleted: false }],
    ]);
  });
});
