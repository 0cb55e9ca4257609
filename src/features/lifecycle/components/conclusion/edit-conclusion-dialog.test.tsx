// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { stubFetch } from '@/lib/testing/fetch-stub';
import { fakeExperimentApi } from '../../testing/fake-experiment-api';
import { renderLifecyclePage } from '../../testing/render-lifecycle-page';

const stopped = makeExperiment({
  id: 42,
  start_date: '2025-03-01T10:00:00Z',
  end_date: '2025-03-20T10:00:00Z',
  conclusion: 'won',
  conclusion_comment: 'Clear win.',
});

// MUI dialogs in jsdom are slow when test files run side by side.
describe('Edit conclusion dialog', { timeout: 20_000 }, () => {
  it('starts from the saved conclusion and sends only what changed', async () => {
    const api = fakeExperimentApi(stopped);
    stubFetch(api.handlers);
    renderLifecyclePage(42);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit conclusion' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit conclusion' });
    expect(within(dialog).getByRole('radio', { name: /Won/ })).toBeChecked();
    expect(within(dialog).getByRole('textbox', { name: 'Comment' })).toHaveValue('Clear win.');

    await userEvent.click(within(dialog).getByRole('radio', { name: /Stopped early/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save conclusion' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(api.writes).toEqual([
      {
        method: 'PATCH',
        path: '/api/projects/@current/experiments/42/',
        body: { conclusion: 'stopped_early' },
      },
    ]);
  });

  it('closes with Esc and gives focus back to the button that opened it', async () => {
    stubFetch(fakeExperimentApi(stopped).handlers);
    renderLifecyclePage(42);
    const opener = await screen.findByRole('button', { name: 'Edit conclusion' });
    await userEvent.click(opener);
    expect(screen.getByRole('dialog', { name: 'Edit conclusion' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(opener).toHaveFocus();
  });

  it('asks before Esc throws away an edited comment', async () => {
    stubFetch(fakeExperimentApi(stopped).handlers);
    renderLifecyclePage(42);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit conclusion' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit conclusion' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Comment' }), ' More.');
    await userEvent.keyboard('{Escape}');
    const confirm = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
