import { describe, expect, it } from 'vitest';
import type { ActivityLogEntry } from '../schemas/activity';
import { goalpostChanges, metricDisplayName, type GoalpostKind } from './goalposts';

const LAUNCH = '2026-01-10T09:00:00.000Z';
const AFTER = '2026-01-12T09:00:00.000Z';
const BEFORE = '2026-01-05T09:00:00.000Z';
const user = { id: 1, email: 'ada@example.com', first_name: 'Ada' };

const entry = (
  changes: { field: string; before: unknown; after: unknown }[],
  created_at = AFTER,
  activity = 'updated',
): ActivityLogEntry => ({
  id: Math.random(),
  user,
  activity,
  scope: 'Experiment',
  item_id: '7',
  detail: {
    name: 'Checkout',
    changes: changes.map((c) => ({ type: 'Experiment', action: 'changed', ...c })),
  },
  created_at,
});

const revenue = { uuid: 'm-1', name: 'Revenue', metric_type: 'mean', fingerprint: 'a' };
const clicks = {
  uuid: 'm-2',
  metric_type: 'mean',
  source: { kind: 'EventsNode', event: 'cta_clicked' },
};
const split = (control: number, test: number, extra: object = {}) => ({
  feature_flag_variants: [
    { key: 'control', rollout_percentage: control },
    { key: 'test', rollout_percentage: test },
  ],
  ...extra,
});

// Percent signs are glued to their number with a no-break space so they never wrap onto a new line.
const withNbsp = (text: string) => text.replace(/ %/g, '\u00a0%');

describe('goalpostChanges', () => {
  it.each<[string, { field: string; before: unknown; after: unknown }, GoalpostKind, string]>([
    [
      'a primary metric added',
      { field: 'metrics', before: [], after: [revenue] },
      'metric_added',
      'Primary metric added: Revenue',
    ],
    [
      'a secondary metric removed',
      { field: 'metrics_secondary', before: [clicks], after: [] },
      'metric_removed',
      'Secondary metric removed: cta_clicked',
    ],
    [
      'a metric edited in place',
      { field: 'metrics', before: [revenue], after: [{ ...revenue, goal: 'decrease' }] },
      'metric_changed',
      'Primary metric changed: Revenue',
    ],
    [
      'the split',
      { field: 'parameters', before: split(50, 50), after: split(30, 70) },
      'split_changed',
      'Split changed: control 50 %, test 50 % → control 30 %, test 70 %',
    ],
    [
      'the rollout',
      {
        field: 'parameters',
        before: split(50, 50),
        after: split(50, 50, { rollout_percentage: 80 }),
      },
      'rollout_changed',
      'Rollout changed: 100 % → 80 % of users',
    ],
    [
      'the minimum detectable effect',
      {
        field: 'parameters',
        before: split(50, 50),
        after: split(50, 50, { minimum_detectable_effect: 2 }),
      },
      'mde_changed',
      'Minimum detectable effect changed: not set → 2 %',
    ],
    [
      'the exposure criteria',
      {
        field: 'exposure_criteria',
        before: { filterTestAccounts: true },
        after: { filterTestAccounts: false },
      },
      'exposure_changed',
      'Exposure criteria edited',
    ],
    [
      'the start date',
      { field: 'start_date', before: LAUNCH, after: BEFORE },
      'dates_changed',
      'Start date edited',
    ],
    [
      'the holdout',
      { field: 'holdout_id', before: null, after: 3 },
      'holdout_changed',
      'Holdout changed',
    ],
    [
      'the statistics settings',
      { field: 'stats_config', before: { method: 'bayesian' }, after: { method: 'frequentist' } },
      'stats_changed',
      'Statistics settings changed',
    ],
  ])('counts %s', (_name, change, kind, summary) => {
    expect(goalpostChanges([entry([change])], LAUNCH)).toEqual([
      expect.objectContaining({ kind, summary: withNbsp(summary), at: AFTER, by: user }),
    ]);
  });

  it.each([
    ['the name', { field: 'name', before: 'A', after: 'B' }],
    ['the description', { field: 'description', before: null, after: 'Why' }],
    [
      'only a refreshed fingerprint',
      { field: 'metrics', before: [revenue], after: [{ ...revenue, fingerprint: 'b' }] },
    ],
    ['the metric order', { field: 'primary_metrics_ordered_uuids', before: ['a'], after: ['b'] }],
    ['the first start date (a PATCH launch)', { field: 'start_date', before: null, after: LAUNCH }],
  ])('ignores %s', (_name, change) => {
    expect(goalpostChanges([entry([change])], LAUNCH)).toEqual([]);
  });

  it('names shared metrics linked, unlinked or moved between lists', () => {
    const link = (id: number, name: string, type: 'primary' | 'secondary') => ({ id, name, type });
    const change = {
      field: 'saved_metrics',
      before: [link(1, 'Revenue', 'primary'), link(2, 'Churn', 'primary')],
      after: [link(1, 'Revenue', 'secondary'), link(3, 'Bounce', 'secondary')],
    };
    expect(
      goalpostChanges([entry([change])], LAUNCH).map(({ kind, summary }) => [kind, summary]),
    ).toEqual([
      ['metric_changed', 'Shared metric moved to secondary: Revenue'],
      ['metric_added', 'Secondary shared metric added: Bounce'],
      ['metric_removed', 'Primary shared metric removed: Churn'],
    ]);
  });

  it('ignores edits before launch, lifecycle actions, and drafts', () => {
    const added = { field: 'metrics', before: [], after: [revenue] };
    expect(goalpostChanges([entry([added], BEFORE)], LAUNCH)).toEqual([]);
    expect(
      goalpostChanges(
        [entry([{ field: 'end_date', before: null, after: AFTER }], AFTER, 'ended')],
        LAUNCH,
      ),
    ).toEqual([]);
    expect(goalpostChanges([entry([added])], null)).toEqual([]);
  });

  it('lists several findings oldest first, keeping who made each one', () => {
    const later = '2026-01-20T09:00:00.000Z';
    const changes = goalpostChanges(
      [
        entry([{ field: 'metrics', before: [revenue], after: [] }], later),
        entry([{ field: 'metrics', before: [], after: [revenue, clicks] }]),
      ],
      LAUNCH,
    );
    expect(changes.map((c) => [c.summary, c.at])).toEqual([
      ['Primary metric added: Revenue', AFTER],
      ['Primary metric added: cta_clicked', AFTER],
      ['Primary metric removed: Revenue', later],
    ]);
  });

  it('keeps the dates of a date edit for the reader to format', () => {
    const [change] = goalpostChanges(
      [entry([{ field: 'end_date', before: null, after: '2026-02-01T00:00:00Z' }])],
      LAUNCH,
    );
    expect(change).toMatchObject({
      summary: 'End date edited',
      before: null,
      after: '2026-02-01T00:00:00Z',
    });
  });
});

describe('metricDisplayName', () => {
  it.each([
    [{ name: '  Revenue ' }, 'Revenue'],
    [{ name: '', series: [{ kind: 'EventsNode', event: 'signup' }] }, 'signup'],
    [{ metric_type: 'mean' }, 'Unnamed metric'],
    [null, 'Unnamed metric'],
  ])('%j → %s', (metric, name) => {
    expect(metricDisplayName(metric)).toBe(name);
  });
});
