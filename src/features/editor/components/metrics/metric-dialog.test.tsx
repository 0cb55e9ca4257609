// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

// MUI dialogs with several inputs are slow to drive in jsdom; the steps are many, not the waits.
const SLOW = { timeout: 30_000 };
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';
import type { MetricValue } from '../../form/editor-values';
import { actionsLikePostHog } from '../../testing/editor-stubs';
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
    '/api/projects/@current/actions/': actionsLikePostHog,
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
    await userEvent.type(
      within(dialog).getByRole('combobox', { name: 'Measure: event or action' }),
      'purch',
    );
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
      within(dialog).getByRole('combobox', { name: 'Measure: event or action' }),
      'purchse',
    );
    expect(await within(dialog).findByText(/has not seen “purchse” in this project/)).toBeVisible();
  });

  it('offers the project’s actions beside events and saves a mean of an action', async () => {
    const fetchMock = stubEvents();
    const { dialog, onSave } = openDialog();
    const picker = within(dialog).getByRole('combobox', { name: 'Measure: event or action' });
    await userEvent.click(picker);
    const listbox = await screen.findByRole('listbox');
    expect(await within(listbox).findByText('Actions')).toBeVisible();
    expect(within(listbox).getByText('Events')).toBeVisible();
    // Marked in words, not by colour; a nameless action still gets a label.
    expect(
      within(listbox).getByRole('option', { name: /^Visited pricing page.*Action$/ }),
    ).toBeVisible();
    expect(within(listbox).getByRole('option', { name: /^Action #3/ })).toBeVisible();

    // PostHog sends every action whatever the search: the picker narrows them itself.
    await userEvent.type(picker, 'PRICING');
    await waitFor(() =>
      expect(screen.queryByRole('option', { name: /Clicked primary CTA/ })).toBeNull(),
    );
    await userEvent.click(await screen.findByRole('option', { name: /Visited pricing page/ }));
    expect(picker).toHaveValue('Visited pricing page');
    // Read once, then searched in the browser: a new term is not a new download of every action.
    const actionReads = fetchMock.mock.calls.filter(([url]) => String(url).includes('/actions/'));
    expect(actionReads).toHaveLength(1);
    expect(picker).toHaveAccessibleDescription(/PostHog action #1/);
    expect(within(dialog).getByText(/Mean total count of action/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add metric' }));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({
      metric_type: 'mean',
      source: { kind: 'ActionsNode', id: 1, name: 'Visited pricing page', math: 'total' },
    });
    expect(onSave.mock.calls[0]?.[0].source).not.toHaveProperty('event');
  });

  it('shows the action a metric uses; typing makes it an event, clearing empties it', async () => {
    stubEvents();
    const metric: MetricValue = {
      kind: 'ExperimentMetric',
      uuid: 'act-1',
      metric_type: 'funnel',
      series: [{ kind: 'ActionsNode', id: 2, name: 'Clicked primary CTA', properties: [] }],
    };
    const { dialog, onSave } = openDialog(metric);
    const step = within(dialog).getByRole('combobox', { name: 'Step 1: event or action' });
    expect(step).toHaveValue('Clicked primary CTA');

    await userEvent.click(step); // the clear button shows while the field has focus
    await userEvent.click(within(dialog).getByRole('button', { name: 'Clear' }));
    expect(step).toHaveValue('');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save metric' }));
    expect(await within(dialog).findByText('Choose an event or an action.')).toBeVisible();

    await userEvent.type(step, 'b');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save metric' }));
    expect(onSave.mock.calls[0]?.[0].series).toEqual([
      { kind: 'EventsNode', event: 'b', name: 'b' },
    ]);
  });

  it('says why no action is offered when the key may not read actions, and keeps the events', async () => {
    stubFetch({
      '/api/projects/@current/event_definitions/': () =>
        jsonResponse({
          count: 1,
          next: null,
          previous: null,
          results: [{ id: 'e', name: 'signup' }],
        }),
      '/api/projects/@current/actions/': () =>
        jsonResponse(
          {
            type: 'authentication_error',
            code: 'permission_denied',
            detail: "API key missing required scope 'action:read'",
            attr: null,
          },
          { status: 403 },
        ),
    });
    const { dialog } = openDialog();
    await userEvent.click(
      within(dialog).getByRole('combobox', { name: 'Measure: event or action' }),
    );
    expect(await screen.findByRole('option', { name: 'signup' })).toBeVisible();
    // Said in the open list too, where the helper text below the field is covered.
    const popup = screen.getByRole('listbox').parentElement as HTMLElement;
    expect(
      await within(popup).findByText(/Actions could not be loaded \(.*action:read.*\)/),
    ).toBeVisible();
    expect(
      await within(dialog).findByText(
        /Actions could not be loaded \(.*action:read.*\); events still can\./,
      ),
    ).toBeVisible();
  });

  it('points out an action typed as if it were an event', async () => {
    stubEvents();
    const { dialog } = openDialog();
    await userEvent.type(
      within(dialog).getByRole('combobox', { name: 'Measure: event or action' }),
      'clicked primary cta',
    );
    expect(
      await within(dialog).findByText(/“Clicked primary CTA” is an action, not an event/),
    ).toBeVisible();
  });

  it('builds a funnel whose steps are added, reordered and removed with buttons', async () => {
    stubEvents();
    const { dialog, onSave } = openDialog();
    await userEvent.click(within(dialog).getByRole('radio', { name: /^Funnel/ }));
    // Short names: every keystroke re-renders a MUI Autocomplete, which is slow in jsdom.
    await userEvent.type(
      within(dialog).getByRole('combobox', { name: 'Step 1: event or action' }),
      'a',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add step' }));
    await userEvent.type(
      within(dialog).getByRole('combobox', { name: 'Step 2: event or action' }),
      'b',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add step' }));
    await userEvent.type(
      within(dialog).getByRole('combobox', { name: 'Step 3: event or action' }),
      'c',
    );
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
      within(dialog).getByRole('combobox', { name: 'Numerator: event or action' }),
      '$pageview',
    );
    await chooseOption(dialog, 'Numerator: aggregation', /Unique users/);
    await userEvent.type(
      within(dialog).getByRole('combobox', { name: 'Denominator: event or action' }),
      '$pageview',
    );
    await userEvent.type(
      within(dialog).getByRole('spinbutton', { name: 'Conversion window' }),
      '7',
    );
    await chooseOption(dialog, 'Conversion window unit', 'hours');
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
      within(dialog).getByRole('combobox', { name: 'Start: event or action' }),
      'signup_completed',
    );
    await userEvent.type(
      within(dialog).getByRole('combobox', { name: 'Completion: event or action' }),
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
    expect(within(dialog).getByRole('combobox', { name: 'Step 1: event or action' })).toHaveValue(
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

  it('shows a source’s filters, and edits, adds and removes them', async () => {
    stubEvents();
    const metric: MetricValue = {
      kind: 'ExperimentMetric',
      uuid: 'filtered',
      metric_type: 'mean',
      source: {
        kind: 'EventsNode',
        event: '$pageview',
        name: '$pageview',
        math: 'total',
        properties: [{ key: '$current_url', value: '/home', operator: 'icontains', type: 'event' }],
      },
    };
    const { dialog, onSave } = openDialog(metric);
    const preview = () => within(dialog).getByText('Reads as').nextElementSibling;
    expect(preview()).toHaveTextContent(
      'Mean total count of $pageview where $current_url contains /home',
    );
    const value = within(dialog).getByRole('textbox', { name: 'Measure: filter 1 value' });
    expect(value).toHaveValue('/home');

    await userEvent.clear(value);
    await userEvent.type(value, '/pricing');
    await chooseOption(dialog, 'Measure: filter 1 operator', 'does not contain');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a measure filter' }));
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Measure: filter 2 property' }),
      'plan',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Measure: filter 2 value' }),
      'pro',
    );
    expect(preview()).toHaveTextContent(
      'where $current_url does not contain /pricing and plan equals pro',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove Measure: filter 1' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save metric' }));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({
      uuid: 'filtered',
      source: { properties: [{ key: 'plan', operator: 'exact', value: 'pro', type: 'event' }] },
    });
  });

  it('will not save a filter without a property name', async () => {
    stubEvents();
    const { dialog, onSave } = openDialog({
      kind: 'ExperimentMetric',
      uuid: 'u',
      metric_type: 'mean',
      source: { kind: 'EventsNode', event: 'purchase_completed', math: 'total' },
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a measure filter' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save metric' }));
    expect(await within(dialog).findByText('Name the property.')).toBeVisible();
    expect(onSave).not.toHaveBeenCalled();
  });
});
