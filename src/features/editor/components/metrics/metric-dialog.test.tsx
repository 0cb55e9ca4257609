// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

// MUI dialogs with several inputs are slow to drive in jsdom; the steps are many, not the waits.
const SLOW = { timeout: 30_000 };
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';
import type { MetricValue } from '../../form/editor-values';
import { renderEditorPart } from '../../testing/render-editor-part';
import { MetricDialog } from './metric-dialog';

const EVENTS = ['purchase_completed', 'checkout_started', 'signup_completed', '$pageview'];

function stubEvents() {
  return stubFetch({
    '/api/projects/@current/event_definitions/': ({ url }) => {
      const search = new URL(url, 'http://x').searchParams.get('search') ?? '';
      const results = EVENTS.filter((name) => name.includes(search)).map((name, i) => ({
        id: `e-${i}`,
        name,
        description: name === 'purchase_completed' ? 'Payment succeeded.' : null,
      }));
      return jsonResponse({ count: results.length, next: null, previous: null, results });
    },
  });
}

function openDialog(metric: MetricValue | null = null) {
  const onSave = vi.fn();
  const onClose = vi.fn();
  renderEditorPart(
    <MetricDialog kind="primary" metric={metric} onSave={onSave} onClose={onClose} />,
  );
  return {
    onSave,
    onClose,
    dialog: screen.getByRole('dialog', { name: metric ? 'Edit metric' : 'Add a primary metric' }),
  };
}

async function chooseOption(dialog: HTMLElement, label: string, option: RegExp | string) {
  await userEvent.click(within(dialog).getByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('MetricDialog', SLOW, () => {
  it('explains each metric type in one sentence', () => {
    stubEvents();
    const { dialog } = openDialog();
    for (const type of ['Mean', 'Funnel', 'Ratio', 'Retention']) {
      expect(
        within(dialog).getByRole('radio', { name: new RegExp(`^${type}`) }),
      ).toBeInTheDocument();
    }
    expect(within(dialog).getByRole('radio', { name: /Mean.*average per user/ })).toBeChecked();
  });

  it('suggests events as you type and builds a mean of a property', async () => {
    const fetchMock = stubEvents();
    const { dialog, onSave } = openDialog();
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'Measure: event' }), 'purch');
    // The search waits for a pause in typing, then asks the server.
    await waitFor(() =>
      expect(fetchMock).toHaveBeenCalledWith(
        expect.stringContaining('/event_definitions/?search=purch'),
        expect.anything(),
      ),
    );
    await userEvent.click(await screen.findByRole('option', { name: /purchase_completed/ }));
    await chooseOption(dialog, 'Measure: aggregation', /Sum of a property/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add metric' }));
    expect(await within(dialog).findByText('Name the property to aggregate.')).toBeVisible();
    expect(onSave).not.toHaveBeenCalled();

    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Measure: property' }),
      'revenue',
    );
    expect(within(dialog).getByText('revenue')).toBeInTheDocument(); // the live sentence
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add metric' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: 'ExperimentMetric',
        metric_type: 'mean',
        goal: 'increase',
        source: expect.objectContaining({
          event: 'purchase_completed',
          math: 'sum',
          math_property: 'revenue',
        }),
      }),
    );
  });

  it('warns about an event PostHog has never seen, and still allows it', async () => {
    stubEvents();
    const { dialog } = openDialog();
    await userEvent.type(
      within(dialog).getByRole('combobox', { name: 'Measure: event' }),
      'purchse',
    );
    expect(await within(dialog).findByText(/has not seen “purchse” in this project/)).toBeVisible();
  });

  it('builds a funnel whose steps are added, reordered and removed with buttons', async () => {
    stubEvents();
    const { dialog, onSave } = openDialog();
    await userEvent.click(within(dialog).getByRole('radio', { name: /^Funnel/ }));
    // Short names: every keystroke re-renders a MUI Autocomplete, which is slow in jsdom.
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'Step 1: event' }), 'a');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add step' }));
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'Step 2: event' }), 'b');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add step' }));
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'Step 3: event' }), 'c');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move step 3 up' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove step 1' }));
    await chooseOption(dialog, 'Step order', /Strict/);
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Decrease' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add metric' }));
    const metric = onSave.mock.calls[0]?.[0] as MetricValue;
    expect((metric.series as { event: string }[]).map((s) => s.event)).toEqual(['c', 'b']);
    expect(metric).toMatchObject({
      metric_type: 'funnel',
      funnel_order_type: 'strict',
      goal: 'decrease',
    });
  });

  it('builds a ratio with its own math on each side and a conversion window', async () => {
    stubEvents();
    const { dialog, onSave } = openDialog();
    await userEvent.click(within(dialog).getByRole('radio', { name: /^Ratio/ }));
    await userEvent.type(
      within(dialog).getByRole('combobox', { name: 'Numerator: event' }),
      '$pageview',
    );
    await chooseOption(dialog, 'Numerator: aggregation', /Unique users/);
    await userEvent.type(
      within(dialog).getByRole('combobox', { name: 'Denominator: event' }),
      '$pageview',
    );
    await userEvent.type(
      within(dialog).getByRole('spinbutton', { name: 'Conversion window' }),
      '7',
    );
    await chooseOption(dialog, 'Window unit', 'hours');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add metric' }));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({
      metric_type: 'ratio',
      numerator: { event: '$pageview', math: 'dau' },
      denominator: { event: '$pageview', math: 'total' },
      conversion_window: 7,
      conversion_window_unit: 'hour',
    });
  });

  it('builds a retention metric and checks its window', async () => {
    stubEvents();
    const { dialog, onSave } = openDialog();
    await userEvent.click(within(dialog).getByRole('radio', { name: /^Retention/ }));
    await userEvent.type(
      within(dialog).getByRole('combobox', { name: 'Start: event' }),
      'signup_completed',
    );
    await userEvent.type(
      within(dialog).getByRole('combobox', { name: 'Completion: event' }),
      '$pageview',
    );
    const start = within(dialog).getByRole('spinbutton', { name: 'Window starts after' });
    await userEvent.clear(start);
    await userEvent.type(start, '9');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add metric' }));
    expect(await within(dialog).findByText('The window must end after it starts.')).toBeVisible();
    await userEvent.clear(start);
    await userEvent.type(start, '1');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Count from the last start' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add metric' }));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({
      metric_type: 'retention',
      start_event: { event: 'signup_completed' },
      completion_event: { event: '$pageview' },
      retention_window_start: 1,
      retention_window_end: 7,
      retention_window_unit: 'day',
      start_handling: 'last_seen',
    });
  });

  it('edits a metric in place, keeping its uuid, and carries the event to another type', async () => {
    stubEvents();
    const metric: MetricValue = {
      kind: 'ExperimentMetric',
      uuid: 'keep-me',
      metric_type: 'mean',
      source: { kind: 'EventsNode', event: 'purchase_completed', math: 'total' },
    };
    const { dialog, onSave } = openDialog(metric);
    await userEvent.click(within(dialog).getByRole('radio', { name: /^Funnel/ }));
    expect(within(dialog).getByRole('combobox', { name: 'Step 1: event' })).toHaveValue(
      'purchase_completed',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save metric' }));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({ uuid: 'keep-me', metric_type: 'funnel' });
    expect(onSave.mock.calls[0]?.[0]).not.toHaveProperty('source');
  });

  it('asks before throwing away a half-built metric', async () => {
    stubEvents();
    const { dialog, onClose } = openDialog();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Name (optional)' }),
      'Revenue',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Discard' }));
    expect(onClose).toHaveBeenCalled();
  });
});
