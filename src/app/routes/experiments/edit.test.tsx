// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Experiment } from '@/shared';
import { shellHandlers } from '@/app/testing/app-stubs';
import { renderApp } from '@/app/testing/render-app';
import { readDraft } from '@/features/editor/draft/draft-storage';
import { editorCompanionHandlers } from '@/features/editor/testing/editor-stubs';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';
// Loaded up front: the route is lazy, and transforming the editor on first use can outlast findBy's wait.
import './edit';

const PATH = '/api/projects/@current/experiments/42/';
const metric = (uuid: string, event: string) => ({
  kind: 'ExperimentMetric',
  metric_type: 'mean',
  uuid,
  source: { kind: 'EventsNode', event, math: 'total' },
});

afterEach(() => sessionStorage.clear());

/**
 * The experiment's endpoint: GETs answer the next version in `versions` (the last one repeats), PATCHes
 * are recorded and, unless `patch` says otherwise, applied to the latest version as the server would.
 */
function serve(
  versions: Experiment[],
  patch?: (body: Record<string, unknown>) => Response | Promise<Response>,
) {
  const patches: Record<string, unknown>[] = [];
  let reads = 0;
  const latest = () =>
    versions[Math.min(Math.max(reads - 1, 0), versions.length - 1)] as Experiment;
  stubFetch({
    ...shellHandlers,
    ...editorCompanionHandlers,
    [PATH]: ({ method, body }) => {
      if (method === 'PATCH') {
        patches.push(body as Record<string, unknown>);
        const changes = body as Record<string, unknown>;
        return patch
          ? patch(changes)
          : jsonResponse({ ...latest(), ...changes, updated_at: '2025-04-01T00:00:00Z' });
      }
      const version = versions[Math.min(reads, versions.length - 1)] as Experiment;
      reads += 1;
      return jsonResponse(version);
    },
  });
  return patches;
}

async function openEditor() {
  renderApp('/experiments/42/edit');
  return screen.findByRole('textbox', { name: 'Name' }, { timeout: 10_000 });
}

describe('Edit experiment page', { timeout: 30_000 }, () => {
  it('keeps what is typed while a save is on its way, as an unsaved change', async () => {
    const original = makeExperiment({ id: 42, name: 'Checkout', description: 'Old' });
    const saved = { ...original, name: 'Checkout v2', updated_at: '2025-04-01T00:00:00Z' };
    let answer: () => void = () => {};
    // Reads: the page, the check before the first save, the check before the second.
    const patches = serve([original, original, saved], async (changes) => {
      await new Promise<void>((resolve) => (answer = resolve));
      return jsonResponse({ ...saved, ...changes });
    });
    const name = await openEditor();
    await userEvent.clear(name);
    await userEvent.type(name, 'Checkout v2 ');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(patches).toEqual([{ name: 'Checkout v2' }]));

    const description = screen.getByRole('textbox', { name: 'Description and hypothesis' });
    await userEvent.clear(description);
    await userEvent.type(description, 'Typed during the save');
    answer();

    expect(await screen.findByText('Changes saved.')).toBeVisible();
    expect(name).toHaveValue('Checkout v2');
    expect(description).toHaveValue('Typed during the save');
    expect(screen.getByText('Unsaved changes')).toBeVisible();
    // The tab's draft builds on the saved experiment, so restoring it later does not undo the save.
    await waitFor(() => expect(readDraft(42)?.base?.updated_at).toBe(saved.updated_at));
    expect(readDraft(42)?.values).toMatchObject({
      name: 'Checkout v2',
      description: 'Typed during the save',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(patches.at(-1)).toEqual({ description: 'Typed during the save' }));
  });

  it('sends only the description when only the description changed', async () => {
    const patches = serve([makeExperiment({ id: 42, name: 'Checkout', description: 'Old' })]);
    await openEditor();
    const description = screen.getByRole('textbox', { name: 'Description and hypothesis' });
    await userEvent.clear(description);
    await userEvent.type(description, 'New hypothesis');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(patches).toEqual([{ description: 'New hypothesis' }]));
    expect(await screen.findByText('Changes saved.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  });

  it('shows a read-only form, and why, to a viewer', async () => {
    serve([makeExperiment({ id: 42, user_access_level: 'viewer' })]);
    const name = await openEditor();
    expect(screen.getByText(/You have view-only access to this experiment/)).toBeVisible();
    expect(name).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add primary metric' })).not.toBeInTheDocument();
  });

  it('explains a 403 and keeps the changes', async () => {
    serve([makeExperiment({ id: 42 })], () =>
      jsonResponse(
        {
          type: 'authentication_error',
          code: 'permission_denied',
          detail: 'You do not have editor access to this resource.',
          attr: null,
        },
        { status: 403 },
      ),
    );
    const name = await openEditor();
    await userEvent.clear(name);
    await userEvent.type(name, 'Mine');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('You can’t change this experiment')).toBeVisible();
    expect(name).toHaveValue('Mine');
  });

  it('explains a 403 when the experiment cannot even be read', async () => {
    stubFetch({
      ...shellHandlers,
      ...editorCompanionHandlers,
      [PATH]: () =>
        jsonResponse(
          {
            type: 'authentication_error',
            code: 'permission_denied',
            detail: 'You do not have permission to perform this action.',
            attr: null,
          },
          { status: 403 },
        ),
    });
    renderApp('/experiments/42/edit');
    expect(
      await screen.findByText('You don’t have access to this experiment', {}, { timeout: 10_000 }),
    ).toBeVisible();
  });

  it('puts a metric error on the metric the server names by index', async () => {
    const patches = serve(
      [makeExperiment({ id: 42, metrics: [metric('a', 'one'), metric('b', 'two')] })],
      () =>
        jsonResponse(
          {
            type: 'validation_error',
            code: 'invalid_input',
            detail: 'Invalid metric at index 1: [source: Required]',
            attr: 'metrics',
          },
          { status: 400 },
        ),
    );
    await openEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Move metric 2 up' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const list = screen.getByRole('list', { name: 'Primary metrics' });
    const items = within(list).getAllByRole('listitem');
    expect(
      await within(items[1] as HTMLElement).findByText(/Invalid metric at index 1/),
    ).toBeVisible();
    expect(patches[0]).toEqual({
      metrics: [metric('b', 'two'), metric('a', 'one')],
      primary_metrics_ordered_uuids: ['b', 'a'],
    });
  });

  it('asks before changing the split of a launched experiment, and syncs the flag when told', async () => {
    const running = makeExperiment({
      id: 42,
      start_date: '2025-03-01T00:00:00Z',
      feature_flag: { id: 1, key: 'k', active: true },
    });
    const patches = serve([running]);
    await openEditor();
    const split = screen.getByRole('spinbutton', { name: 'Variant 1 split' });
    await userEvent.clear(split);
    await userEvent.type(split, '60');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Change the split of a running experiment?',
    });
    expect(dialog).toHaveTextContent(/some users already in one variant move to another/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save and update the flag' }));
    await waitFor(() => expect(patches).toHaveLength(1));
    expect(patches[0]).toMatchObject({
      update_feature_flag_params: true,
      parameters: {
        feature_flag_variants: [
          expect.objectContaining({ split_percent: 60 }),
          expect.objectContaining({ split_percent: 40 }),
        ],
      },
    });
  });

  it('shows what changed there and here when the experiment moved, and saves the choices', async () => {
    const loaded = makeExperiment({
      id: 42,
      name: 'Original',
      description: 'Original text',
      updated_at: '2025-03-01T00:00:00Z',
    });
    const moved = {
      ...loaded,
      name: 'Their name',
      description: 'Their text',
      updated_at: '2025-03-02T00:00:00Z',
    };
    const patches = serve([loaded, moved]);
    const name = await openEditor();
    await userEvent.clear(name);
    await userEvent.type(name, 'My name');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog', {
      name: 'This experiment changed while you were editing',
    });
    const nameChoice = within(dialog).getByRole('radiogroup', { name: 'Name' });
    expect(within(nameChoice).getByRole('radio', { name: 'Keep mine: My name' })).toBeChecked();
    expect(
      within(nameChoice).getByRole('radio', { name: 'Take theirs: Their name' }),
    ).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Changed there only; their version is taken:Now: Their text');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save with these choices' }));

    await waitFor(() => expect(patches).toEqual([{ name: 'My name' }]));
    expect(screen.getByRole('textbox', { name: 'Description and hypothesis' })).toHaveValue(
      'Their text',
    );
  });
});
