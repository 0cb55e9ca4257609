// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Experiment } from '@/shared';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { stubFetch } from '@/lib/testing/fetch-stub';
import { fakeExperimentApi } from '../../testing/fake-experiment-api';
import { renderLifecyclePage } from '../../testing/render-lifecycle-page';

async function openLaunchDialog(experiment: Experiment) {
  const api = fakeExperimentApi(experiment);
  stubFetch(api.handlers);
  renderLifecyclePage(experiment.id);
  await userEvent.click(await screen.findByRole('button', { name: 'Launch' }));
  return { api, dialog: screen.getByRole('dialog', { name: 'Launch experiment' }) };
}

// MUI dialogs in jsdom are slow when test files run side by side.
describe('Launch dialog', { timeout: 20_000 }, () => {
  it('separates warnings from blockers, summarises the set-up and launches', async () => {
    const { api, dialog } = await openLaunchDialog(
      makeExperiment({ id: 42, description: 'We expect more sign-ups.' }),
    );
    const warnings = within(dialog).getByRole('region', { name: 'Worth fixing first' });
    expect(within(warnings).getByText('No primary metric is set')).toBeVisible();
    expect(within(warnings).getByRole('link', { name: 'Add a primary metric' })).toHaveAttribute(
      'href',
      '/experiments/42/edit#metrics',
    );
    expect(
      within(warnings).getByText('The hypothesis is written in the description'),
    ).toBeVisible();
    const summary = within(dialog).getByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent('control 50 % · test 50 %');
    expect(summary).toHaveTextContent('100 % of users who match the flag');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Launch' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(api.writes.map((w) => w.path)).toEqual([
      '/api/projects/@current/experiments/42/launch/',
    ]);
  });

  it('keeps Launch disabled while a blocker stands, and says how to fix it', async () => {
    const base = makeExperiment({ id: 42 });
    const { api, dialog } = await openLaunchDialog({
      ...base,
      feature_flag: {
        ...base.feature_flag!,
        filters: { multivariate: { variants: [{ key: 'a' }, { key: 'b' }] } },
      },
    });
    const blockers = within(dialog).getByRole('region', { name: 'Must be fixed before launch' });
    const control = within(blockers).getByText(/No variant has the key/);
    expect(control).toHaveTextContent('No variant has the key control');
    expect(within(control).getByText('control', { selector: 'code' })).toBeVisible();
    expect(
      within(blockers).getByText(/Feature flag must have a variant with key 'control'/),
    ).toBeVisible();
    expect(
      within(blockers).getByRole('link', { name: 'Rename a variant to control' }),
    ).toHaveAttribute('href', '/experiments/42/edit#variants');
    const launch = within(dialog).getByRole('button', { name: 'Launch' });
    expect(launch).toBeDisabled();
    expect(launch).toHaveAccessibleDescription(/unavailable until the blockers above are fixed/);
    expect(api.writes).toEqual([]);
  });
});
