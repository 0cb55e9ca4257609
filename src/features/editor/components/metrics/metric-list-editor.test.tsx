// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';
import type { MetricValue } from '../../form/editor-values';
import { renderEditorPart } from '../../testing/render-editor-part';
import { MetricListEditor } from './metric-list-editor';
import { SharedMetricsField } from './shared-metrics-field';

const mean = (uuid: string, event: string, name?: string): MetricValue => ({
  kind: 'ExperimentMetric',
  metric_type: 'mean',
  uuid,
  ...(name ? { name } : {}),
  source: { kind: 'EventsNode', event, math: 'total' },
  fingerprint: `fp-${uuid}`,
});

const items = () =>
  within(screen.getByRole('list', { name: 'Primary metrics' })).getAllByRole('listitem');

describe('MetricListEditor', { timeout: 30_000 }, () => {
  it('reads each metric as a sentence, in order', () => {
    renderEditorPart(<MetricListEditor kind="primary" />, {
      values: { primaryMetrics: [mean('a', 'purchase'), mean('b', 'signup', 'Signups')] },
    });
    expect(items()[0]).toHaveTextContent('Mean total count of purchase, goal: increase');
    expect(items()[1]).toHaveTextContent('Signups');
  });

  it('reorders, duplicates with a new uuid, and removes with undo', async () => {
    const { values } = renderEditorPart(<MetricListEditor kind="primary" />, {
      values: { primaryMetrics: [mean('a', 'one'), mean('b', 'two', 'Two')] },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Move metric 2 up' }));
    expect(values().primaryMetrics.map((m) => m.uuid)).toEqual(['b', 'a']);

    await userEvent.click(screen.getByRole('button', { name: 'Duplicate metric 1' }));
    const copy = values().primaryMetrics[1] as MetricValue;
    expect(copy).toMatchObject({ name: 'Two (copy)', source: { event: 'two' } });
    expect(copy.uuid).not.toBe('b');
    expect(copy).not.toHaveProperty('fingerprint');

    await userEvent.click(screen.getByRole('button', { name: 'Remove metric 1' }));
    expect(values().primaryMetrics.map((m) => m.name)).toEqual(['Two (copy)', undefined]);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(values().primaryMetrics.map((m) => m.uuid)[0]).toBe('b');
  });

  it('stops at ten metrics of a kind, shared ones included, and says why', () => {
    renderEditorPart(<MetricListEditor kind="primary" />, {
      values: {
        primaryMetrics: Array.from({ length: 9 }, (_, i) => mean(`m${i}`, 'e')),
        savedMetrics: [{ id: 1, type: 'primary' }],
      },
    });
    const add = screen.getByRole('button', { name: 'Add primary metric' });
    expect(add).toBeDisabled();
    // The reason sits on the disabled button's wrapper, where its tooltip can still open.
    expect(screen.getAllByLabelText(/At most 10 primary metrics/)).toContain(add.parentElement);
  });
});

describe('SharedMetricsField', { timeout: 30_000 }, () => {
  it('attaches a shared metric as primary and switches it to secondary', async () => {
    stubFetch({
      '/api/projects/@current/experiment_saved_metrics/': () =>
        jsonResponse({
          count: 1,
          next: null,
          previous: null,
          results: [{ id: 3, name: 'Average order value', query: mean('q', 'purchase') }],
        }),
    });
    const { values } = renderEditorPart(<SharedMetricsField />);
    await userEvent.click(screen.getByRole('combobox', { name: 'Attach a shared metric' }));
    await userEvent.click(await screen.findByRole('option', { name: /Average order value/ }));
    expect(values().savedMetrics).toEqual([{ id: 3, type: 'primary' }]);

    await userEvent.click(screen.getByRole('combobox', { name: 'Use “Average order value” as' }));
    await userEvent.click(screen.getByRole('option', { name: 'Secondary' }));
    expect(values().savedMetrics).toEqual([{ id: 3, type: 'secondary' }]);
  });

  it('keeps what is typed by keyboard while the picker loads, and filters by it', async () => {
    stubFetch({
      '/api/projects/@current/experiment_saved_metrics/': () =>
        jsonResponse({
          count: 2,
          next: null,
          previous: null,
          results: [
            { id: 3, name: 'Average order value', query: mean('q', 'purchase') },
            { id: 4, name: 'Revenue per user', query: mean('r', 'purchase') },
          ],
        }),
    });
    renderEditorPart(<SharedMetricsField />);
    screen.getByRole('combobox', { name: 'Attach a shared metric' }).focus();
    await userEvent.keyboard('Rev');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Attach a shared metric' })).toHaveValue('Rev'),
    );
    expect(await screen.findByRole('option', { name: /Revenue per user/ })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Average order value/ })).toBeNull();
  });
});
