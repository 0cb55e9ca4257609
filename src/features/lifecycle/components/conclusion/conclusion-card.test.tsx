// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ExperimentMetric } from '@/shared';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { gatedMeanResult, queryErrorBody } from '@/features/results/testing/fixtures';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';
import { fakeExperimentApi } from '../../testing/fake-experiment-api';
import { fakeResultsApi, testWinsResult } from '../../testing/fake-results-api';
import { renderLifecyclePage } from '../../testing/render-lifecycle-page';

const metric = (name: string): ExperimentMetric => ({
  kind: 'ExperimentMetric',
  metric_type: 'mean',
  name,
  uuid: `m-${name}`,
  source: { kind: 'EventsNode', event: 'purchase_completed' },
});
const stopped = makeExperiment({
  id: 42,
  start_date: '2025-03-01T10:00:00Z',
  end_date: '2025-03-20T10:00:00Z',
  conclusion: 'won',
  conclusion_comment: 'Clear win.',
  metrics: [metric('Sign-up completion'), metric('Revenue per user'), metric('Support load')],
});

describe('Conclusion card', { timeout: 20_000 }, () => {
  it('shows the primary metrics as they were at the end, each loading and failing on its own', async () => {
    let failing = true;
    const results = fakeResultsApi({
      'Sign-up completion': () => testWinsResult,
      'Revenue per user': () =>
        failing ? jsonResponse(queryErrorBody, { status: 400 }) : testWinsResult,
      'Support load': () => gatedMeanResult,
    });
    stubFetch({ ...fakeExperimentApi(stopped).handlers, ...results.handlers });
    renderLifecyclePage(42);

    const card = await screen.findByRole('region', { name: 'Conclusion' });
    // The card does not wait for the results.
    expect(card).toHaveTextContent('Clear win.');
    const section = within(card).getByRole('region', { name: /^Results at end, / });
    expect(section).toHaveAccessibleName(/Results at end, .*2025/);
    expect(within(section).getByRole('time')).toHaveAttribute('datetime', stopped.end_date);

    const list = within(section).getByRole('list', { name: 'Primary metric results at end' });
    const [signUp, revenue, support] = within(list).getAllByRole('listitem');
    expect(await within(signUp!).findByText('Significantly better')).toBeVisible();
    expect(signUp).toHaveTextContent('test +11.2 % vs control · chance to win 99.8 %');
    expect(
      await within(revenue!).findByText(/Could not load the results: Experiment with id 42/),
    ).toBeVisible();
    expect(support).toHaveTextContent(
      'Not enough data yet: needs 50 exposed people per variant; test has 23.',
    );

    failing = false;
    await userEvent.click(within(revenue!).getByRole('button', { name: 'Retry' }));
    expect(await within(revenue!).findByText('Significantly better')).toBeVisible();
    expect(results.queries.map((q) => q.experimentId)).toEqual([42, 42, 42, 42]);
  });

  it('shows no results section for an experiment without a primary metric', async () => {
    const results = fakeResultsApi({});
    stubFetch({ ...fakeExperimentApi({ ...stopped, metrics: [] }).handlers, ...results.handlers });
    renderLifecyclePage(42);
    const card = await screen.findByRole('region', { name: 'Conclusion' });
    expect(card).toHaveTextContent('Clear win.');
    expect(within(card).queryByRole('region', { name: /Results at end/ })).toBeNull();
    expect(results.queries).toEqual([]);
  });

  it('renders the comment as Markdown: emphasis and links, never raw marks', async () => {
    const results = fakeResultsApi({});
    const comment = '**Clear** win on *revenue*: see [the readout](https://docs.example.com/r).';
    stubFetch({
      ...fakeExperimentApi({ ...stopped, metrics: [], conclusion_comment: comment }).handlers,
      ...results.handlers,
    });
    renderLifecyclePage(42);
    const card = await screen.findByRole('region', { name: 'Conclusion' });
    expect(card).toHaveTextContent('Clear win on revenue: see the readout.');
    expect(within(card).getByText('Clear', { selector: 'strong' })).toBeVisible();
    expect(within(card).getByRole('link', { name: 'the readout' })).toHaveAttribute(
      'href',
      'https://docs.example.com/r',
    );
  });
});
