// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { stubFetch } from '@/lib/testing/fetch-stub';
import { fakeExperimentApi } from '../../testing/fake-experiment-api';
import { renderLifecyclePage } from '../../testing/render-lifecycle-page';

const original = makeExperiment({
  id: 42,
  name: 'Checkout copy',
  feature_flag_key: 'checkout-copy',
});
const copy = makeExperiment({
  id: 43,
  name: 'Checkout copy v2',
  feature_flag_key: 'checkout-copy',
});

async function openDuplicateDialog() {
  const api = fakeExperimentApi(original, {
    answer: (action) => (action === 'duplicate' ? copy : original),
  });
  stubFetch({ ...api.handlers, ...fakeExperimentApi(copy).handlers });
  const view = renderLifecyclePage(42);
  await userEvent.click(await screen.findByRole('button', { name: 'More actions' }));
  await userEvent.click(screen.getByRole('menuitem', { name: 'Duplicate…' }));
  return { ...view, api, dialog: screen.getByRole('dialog', { name: 'Duplicate experiment' }) };
}

// MUI dialogs in jsdom are slow when test files run side by side.
describe('Duplicate dialog', { timeout: 20_000 }, () => {
  it('checks the new flag key as PostHog does', async () => {
    const { api, dialog } = await openDuplicateDialog();
    expect(within(dialog).getByRole('textbox', { name: 'Name of the copy' })).toHaveValue(
      'Checkout copy (Copy)',
    );
    const key = within(dialog).getByRole('textbox', { name: 'New flag key' });
    expect(key).toHaveValue('checkout-copy-copy');
    await userEvent.clear(key);
    await userEvent.type(key, 'has space');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Duplicate' }));
    expect(
      await within(dialog).findByText(
        'Only letters, numbers, hyphens (-) & underscores (_) are allowed.',
      ),
    ).toBeVisible();
    expect(api.writes).toEqual([]);
  });

  it('reuses the same flag when asked, then opens the copy', async () => {
    const { api, dialog, history } = await openDuplicateDialog();
    const name = within(dialog).getByRole('textbox', { name: 'Name of the copy' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Checkout copy v2');
    await userEvent.click(within(dialog).getByRole('radio', { name: /Reuse the same flag/ }));
    expect(within(dialog).getByText(/Both experiments then share one flag/)).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Duplicate' }));

    await waitFor(() => expect(history.location.pathname).toBe('/experiments/43'));
    expect(api.writes[0]?.body).toEqual({ name: 'Checkout copy v2' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Checkout copy v2' }),
    ).toBeVisible();
    expect(
      screen.getByText('Created the copy “Checkout copy v2”. You are now on it.'),
    ).toBeVisible();
  });
});
