// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';
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

const liveFlag = {
  id: 7,
  key: 'checkout-live',
  active: true,
  deleted: false,
  experiment_set: [3],
  filters: {
    groups: [{ properties: [], rollout_percentage: 100 }],
    multivariate: {
      variants: [
        { key: 'control', rollout_percentage: 50 },
        { key: 'carousel', rollout_percentage: 50 },
      ],
    },
  },
};

/** PostHog's flag list: `search` matches keys by substring. */
const flagList = {
  '/api/projects/@current/feature_flags/': ({ url }: { url: string }) => {
    const search = new URL(url, 'http://localhost').searchParams.get('search') ?? '';
    const results = [liveFlag].filter((flag) => flag.key.includes(search));
    return jsonResponse({ count: results.length, next: null, previous: null, results });
  },
};

async function openDuplicateDialog() {
  const api = fakeExperimentApi(original, {
    answer: (action) => (action === 'duplicate' ? copy : original),
  });
  stubFetch({ ...api.handlers, ...fakeExperimentApi(copy).handlers, ...flagList });
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
    // The app-wide notice is loaded with the first one shown.
    expect(
      await screen.findByText('Created the copy “Checkout copy v2”. You are now on it.'),
    ).toBeVisible();
  });

  it('says when the typed key belongs to an existing flag, and what sharing it means', async () => {
    const { api, dialog } = await openDuplicateDialog();
    const key = within(dialog).getByRole('textbox', { name: 'New flag key' });
    await userEvent.clear(key);
    await userEvent.type(key, 'checkout-li');
    // A key that only partly matches is a new flag: nothing to warn about.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(within(dialog).queryByText('A flag with this key already exists')).toBeNull();

    await userEvent.type(key, 've');
    expect(await within(dialog).findByText('A flag with this key already exists')).toBeVisible();
    const warning = within(dialog).getByRole('alert');
    expect(warning).toHaveTextContent('The copy will share checkout-live');
    expect(warning).toHaveTextContent('Serving now: control 50 % · carousel 50 %');
    expect(warning).toHaveTextContent('1 other experiment uses it');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Duplicate on the shared flag' }),
    );
    await waitFor(() => expect(api.writes).toHaveLength(1));
    expect(api.writes[0]?.body).toEqual({
      name: 'Checkout copy (Copy)',
      feature_flag_key: 'checkout-live',
    });
  });
});
