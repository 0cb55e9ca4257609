// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ExperimentMetric } from '@/shared';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { gatedMeanResult, queryErrorBody } from '@/features/results/testing/fixtures';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';
import { fakeExperimentApi } from '../../testing/fake-experiment-api';
import { fakeResultsApi, heldAnswer, testWinsResult } from '../../testing/fake-results-api';
import { renderLifecyclePage } from '../../testing/render-lifecycle-page';

const signUp: ExperimentMetric = {
  kind: 'ExperimentMetric',
  metric_type: 'funnel',
  name: 'Sign-up completion',
  uuid: 'm-signup',
  series: [
    { kind: 'EventsNode', event: 'signup_started' },
    { kind: 'EventsNode', event: 'signup_completed' },
  ],
};
const running = (metrics: ExperimentMetric[] = [signUp]) =>
  makeExperiment({
    id: 42,
    start_date: '2025-03-01T10:00:00Z',
    feature_flag: { ...makeExperiment().feature_flag!, active: true },
    metrics,
  });

// toHaveTextContent folds the no-break spaces of "11.2 %" into plain ones.
const REASON = 'test beats control on Sign-up completion: +11.2 %, chance to win 99.8 %';

async function openEndDialog(
  answers: Parameters<typeof fakeResultsApi>[0],
  metrics?: ExperimentMetric[],
) {
  const api = fakeExperimentApi(running(metrics));
  const results = fakeResultsApi(answers);
  stubFetch({ ...api.handlers, ...results.handlers });
  renderLifecyclePage(42);
  await userEvent.click(await screen.findByRole('button', { name: 'End experiment' }));
  const dialog = screen.getByRole('dialog', { name: 'End experiment' });
  return {
    api,
    results,
    dialog,
    radio: (name: RegExp | string) => within(dialog).getByRole('radio', { name }),
    comment: () => within(dialog).getByRole('textbox', { name: 'Comment' }),
    commentText: () =>
      (within(dialog).getByRole('textbox', { name: 'Comment' }) as HTMLTextAreaElement).value,
    submit: () => userEvent.click(within(dialog).getByRole('button', { name: /^End/ })),
  };
}

// MUI dialogs in jsdom are slow when test files run side by side.
describe('End dialog, from the results', { timeout: 30_000 }, () => {
  it('shows each primary metric, suggests a conclusion with its reason and pre-selects it', async () => {
    const { api, results, dialog, radio, comment, commentText, submit } = await openEndDialog({
      'Sign-up completion': () => testWinsResult,
    });
    const suggestion = await within(dialog).findByRole('status', { name: 'Suggested conclusion' });
    expect(suggestion).toHaveTextContent(`Suggested: Won — ${REASON}.`);
    expect(suggestion).toHaveTextContent('Won is pre-selected below');
    expect(results.queries).toEqual([{ experimentId: 42, metric: 'Sign-up completion' }]);

    const list = within(dialog).getByRole('list', { name: 'Primary metric results' });
    const line = within(list).getByRole('listitem');
    expect(line).toHaveTextContent('Sign-up completion');
    expect(line).toHaveTextContent('test +11.2 % vs control · chance to win 99.8 %');
    expect(within(line).getByText('Significantly better')).toBeVisible();

    // Pre-selected, never ticked for the PM: shipping stays their call, with the winner ready.
    expect(radio(/Won/)).toBeChecked();
    const ship = within(dialog).getByRole('checkbox', { name: 'Also ship a variant' });
    expect(ship).not.toBeChecked();
    expect(dialog).toHaveTextContent('The results suggest shipping test');
    await userEvent.click(ship);
    expect(radio('test')).toBeChecked();

    // The summary goes into the comment only when asked, and stays editable there.
    expect(comment()).toHaveValue('');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Use summary' }));
    expect(commentText()).toMatch(
      /^Sign-up completion: test \+11\.2\u00a0% vs control \(chance to win 99\.8\u00a0%, /,
    );
    await userEvent.type(comment(), ' Shipping it.');
    const sent = commentText();
    expect(sent).toMatch(/Shipping it\.$/);

    await submit();
    await waitFor(() => expect(api.writes).toHaveLength(1));
    expect(api.writes[0]).toEqual({
      method: 'POST',
      path: '/api/projects/@current/experiments/42/ship_variant/',
      body: { variant_key: 'test', conclusion: 'won', conclusion_comment: sent },
    });
  });

  it('never overwrites what the PM chose or typed before the results arrived', async () => {
    const held = heldAnswer(testWinsResult);
    const { dialog, radio, comment, commentText } = await openEndDialog({
      'Sign-up completion': held.answer,
    });
    const list = within(dialog).getByRole('list', { name: 'Primary metric results' });
    expect(list).toHaveTextContent('Loading results…');

    // The dialog is usable while the results load.
    await userEvent.click(radio(/Lost/));
    await userEvent.type(comment(), 'My own words');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Also ship a variant' }));
    await userEvent.click(radio('control'));
    held.release();

    expect(
      await within(dialog).findByRole('status', { name: 'Suggested conclusion' }),
    ).toHaveTextContent(`Suggested: Won — ${REASON}.`);
    expect(radio(/Lost/)).toBeChecked();
    expect(radio(/Won/)).not.toBeChecked();
    expect(radio('control')).toBeChecked();
    expect(comment()).toHaveValue('My own words');
    expect(dialog).not.toHaveTextContent('pre-selected');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Add summary to comment' }));
    expect(commentText()).toMatch(/^My own words\n\nSign-up completion: test /);
    expect(
      within(dialog).getByRole('button', { name: 'Summary is in the comment' }),
    ).toBeDisabled();
  });

  it('follows a changed suggestion where the PM has not chosen, once a failed metric loads', async () => {
    const revenue: ExperimentMetric = { ...signUp, name: 'Revenue', uuid: 'm-revenue' };
    let failing = true;
    const testLoses = {
      ...testWinsResult,
      variant_results: [
        {
          ...testWinsResult.variant_results[0],
          chance_to_win: 0.01,
          credible_interval: [-0.2, -0.1],
          significant: true,
        },
      ],
    };
    const { dialog, radio } = await openEndDialog(
      {
        'Sign-up completion': () => testWinsResult,
        Revenue: () => (failing ? jsonResponse(queryErrorBody, { status: 400 }) : testLoses),
      },
      [signUp, revenue],
    );
    const notice = await within(dialog).findByRole('status', { name: 'Suggested conclusion' });
    expect(notice).toHaveTextContent(`Suggested: Won — ${REASON}.`);
    expect(radio(/Won/)).toBeChecked();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Also ship a variant' }));
    expect(radio('test')).toBeChecked();

    failing = false;
    const warning = within(dialog).getByText(/The suggestion leaves out Revenue/);
    await userEvent.click(
      within(warning.closest('[role="alert"]')!).getByRole('button', { name: 'Retry' }),
    );
    await waitFor(() =>
      expect(notice).toHaveTextContent('Suggested: Inconclusive — mixed signals'),
    );
    // The earlier pre-selection was the console's, never the PM's: it follows the data, not stays behind.
    expect(radio(/Inconclusive/)).toBeChecked();
    expect(radio(/Won/)).not.toBeChecked();
    expect(notice).toHaveTextContent('Inconclusive is pre-selected below');
    expect(radio('test')).not.toBeChecked();
  });

  it('stays usable when the results fail: says so, suggests nothing, and ends as chosen', async () => {
    const { api, dialog, radio, submit } = await openEndDialog({
      'Sign-up completion': () => jsonResponse(queryErrorBody, { status: 400 }),
    });
    expect(
      await within(dialog).findByText(/The results could not be loaded, so there is no suggestion/),
    ).toBeVisible();
    expect(within(dialog).getByRole('list', { name: 'Primary metric results' })).toHaveTextContent(
      'Could not load the results: Experiment with id 42 not found',
    );
    expect(within(dialog).queryByRole('status', { name: 'Suggested conclusion' })).toBeNull();
    expect(radio(/Won/)).not.toBeChecked();
    expect(within(dialog).queryByRole('button', { name: 'Use summary' })).toBeNull();

    await userEvent.click(radio(/Inconclusive/));
    await submit();
    await waitFor(() => expect(api.writes).toHaveLength(1));
    expect(api.writes[0]?.body).toEqual({ conclusion: 'inconclusive', conclusion_comment: null });
  });

  it('suggests Stopped early below the gates, but leaves the choice to the PM', async () => {
    const { dialog, radio } = await openEndDialog({ 'Sign-up completion': () => gatedMeanResult });
    const suggestion = await within(dialog).findByRole('status', { name: 'Suggested conclusion' });
    expect(suggestion).toHaveTextContent(
      'Suggested: Stopped early — not enough data yet: 54 exposures.',
    );
    expect(suggestion).toHaveTextContent('Not pre-selected');
    expect(within(dialog).getByRole('list', { name: 'Primary metric results' })).toHaveTextContent(
      'Not enough data yet: needs 50 exposed people per variant; test has 23.',
    );
    for (const conclusion of [/Won/, /Lost/, /Inconclusive/, /Stopped early/, /Invalid/]) {
      expect(radio(conclusion)).not.toBeChecked();
    }
  });

  it('says there is nothing to suggest from when the experiment has no primary metric', async () => {
    const { results, dialog, radio } = await openEndDialog({}, []);
    expect(
      within(dialog).getByText(/This experiment has no primary metric, so there are no results/),
    ).toBeVisible();
    expect(radio(/Won/)).not.toBeChecked();
    expect(results.queries).toEqual([]);
  });
});
