// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { stubFetch } from '@/lib/testing/fetch-stub';
import { activityEntry, fakeExperimentApi, refusal } from '../../testing/fake-experiment-api';
import { renderLifecyclePage } from '../../testing/render-lifecycle-page';

const LAUNCHED = '2025-03-01T10:00:00Z';
const running = makeExperiment({
  id: 42,
  start_date: LAUNCHED,
  feature_flag: { ...makeExperiment().feature_flag!, active: true },
});
const metricAdded = activityEntry('updated', '2025-03-05T10:00:00Z', [
  { field: 'metrics', before: [], after: [{ uuid: 'm-1', name: 'Revenue per user' }] },
]);

async function openEndDialog(options: Parameters<typeof fakeExperimentApi>[1] = {}) {
  const api = fakeExperimentApi(running, options);
  stubFetch(api.handlers);
  renderLifecyclePage(42);
  await userEvent.click(await screen.findByRole('button', { name: 'End experiment' }));
  const dialog = screen.getByRole('dialog', { name: 'End experiment' });
  return {
    api,
    dialog,
    submit: () => userEvent.click(within(dialog).getByRole('button', { name: /^End/ })),
  };
}

// MUI dialogs in jsdom are slow when test files run side by side.
describe('End dialog', { timeout: 20_000 }, () => {
  it('requires a conclusion and an acknowledgement of the goalposts moved since launch', async () => {
    const { api, dialog, submit } = await openEndDialog({
      activity: [metricAdded, activityEntry('launched', LAUNCHED)],
    });
    const changes = await within(dialog).findByRole('list', { name: 'Changes since launch' });
    expect(changes).toHaveTextContent('Primary metric added: Revenue per user');
    expect(changes).toHaveTextContent('Ada Lovelace');

    await submit();
    expect(await within(dialog).findByText('Choose a conclusion.')).toBeVisible();
    expect(
      within(dialog).getByText('Confirm that you have reviewed the changes made since launch.'),
    ).toBeVisible();
    expect(api.writes).toEqual([]);

    await userEvent.click(within(dialog).getByRole('radio', { name: /Won/ }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Comment' }), 'Clear win');
    expect(within(dialog).getByText('9 / 4,000 characters')).toBeVisible();
    await userEvent.click(
      within(dialog).getByRole('checkbox', { name: 'I have reviewed these changes' }),
    );
    await submit();

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(api.writes).toEqual([
      {
        method: 'POST',
        path: '/api/projects/@current/experiments/42/end/',
        body: { conclusion: 'won', conclusion_comment: 'Clear win' },
      },
    ]);
    expect(await screen.findByText('Ended as Won.')).toBeVisible();
  });

  it('says so when nothing moved since launch, and needs no acknowledgement', async () => {
    const { api, dialog, submit } = await openEndDialog({
      activity: [activityEntry('launched', LAUNCHED)],
    });
    expect(
      await within(dialog).findByText(/No metrics, split, rollout, exposure or dates were changed/),
    ).toBeVisible();
    await userEvent.click(within(dialog).getByRole('radio', { name: /Inconclusive/ }));
    await submit();
    await waitFor(() => expect(api.writes).toHaveLength(1));
    expect(api.writes[0]?.body).toEqual({ conclusion: 'inconclusive', conclusion_comment: null });
  });

  it('ships the chosen variant with the conclusion in one request', async () => {
    const { api, dialog, submit } = await openEndDialog();
    await userEvent.click(within(dialog).getByRole('radio', { name: /Lost/ }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Also ship a variant' }));
    await submit();
    expect(await within(dialog).findByText('Choose the variant to ship.')).toBeVisible();

    await userEvent.click(within(dialog).getByRole('radio', { name: 'control' }));
    expect(within(dialog).getByRole('button', { name: 'End and ship control' })).toBeVisible();
    await submit();
    await waitFor(() => expect(api.writes).toHaveLength(1));
    expect(api.writes[0]).toMatchObject({
      path: '/api/projects/@current/experiments/42/ship_variant/',
      body: { variant_key: 'control', conclusion: 'lost', conclusion_comment: null },
    });
  });

  it('keeps what was typed and shows the reason when the server refuses', async () => {
    const { dialog, submit } = await openEndDialog({
      answer: () => refusal('Experiment has already ended.'),
    });
    await userEvent.click(within(dialog).getByRole('radio', { name: /Won/ }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Comment' }), 'Keep me');
    await submit();
    expect(await within(dialog).findByText('Experiment has already ended.')).toBeVisible();
    expect(within(dialog).getByRole('textbox', { name: 'Comment' })).toHaveValue('Keep me');
    expect(within(dialog).getByRole('radio', { name: /Won/ })).toBeChecked();
  });

  it('refuses a comment over 4000 characters', async () => {
    const { api, dialog, submit } = await openEndDialog();
    await userEvent.click(within(dialog).getByRole('radio', { name: /Won/ }));
    const comment = within(dialog).getByRole('textbox', { name: 'Comment' });
    await userEvent.click(comment);
    await userEvent.paste('x'.repeat(4001));
    await submit();
    expect(
      await within(dialog).findByText(/Keep the comment to 4000 characters or fewer\./),
    ).toBeVisible();
    expect(api.writes).toEqual([]);
  });

  it('asks before Esc or Cancel throws away a typed comment, and keeps it on "Keep editing"', async () => {
    const { api, dialog } = await openEndDialog();
    const comment = within(dialog).getByRole('textbox', { name: 'Comment' });
    await userEvent.type(comment, 'Half a thought');

    await userEvent.keyboard('{Escape}');
    const confirm = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    expect(within(confirm).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(confirm).not.toBeInTheDocument());
    expect(comment).toHaveValue('Half a thought');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const again = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await userEvent.click(within(again).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(api.writes).toEqual([]);
  });

  it('closes at once with Esc when nothing was entered', async () => {
    const { dialog } = await openEndDialog();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).toBeNull();
  });
});
