import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONCLUSIONS,
  Experiment,
  ExperimentHoldout,
  ExperimentSavedMetric,
  experimentStatus,
  METRIC_TYPES,
  type ExperimentStats,
} from '@/shared';
import { DEMO_EXPERIMENTS } from './demo-catalog';
import { seedDemoProject } from './demo';
import { openSeededDatabase } from './open-seeded';
import { DAY_MS } from './seed-utils';
import { dumpTable, getJson, SEED_NOW, tempDatabase, type TempDatabase } from './seed-test-utils';
import { EXPERIMENT_JSON_COLUMNS } from '../services/experiments/row';

const now = SEED_NOW.getTime();
/** A seed takes about 3 s alone, far more on a machine busy with browsers; some tests seed twice. */
const SEEDING = { timeout: 60_000 };
const daysBefore = (iso: string | null | undefined) =>
  (now - new Date(iso as string).getTime()) / DAY_MS;

describe('seedDemoProject', () => {
  let temp: TempDatabase;
  let experiments: Experiment[];

  beforeAll(async () => {
    temp = tempDatabase();
    seedDemoProject(temp.db, { now: SEED_NOW });
    const ids = temp.db.prepare('SELECT id FROM experiments ORDER BY id').pluck().all() as number[];
    // Each one through the real GET endpoint, parsed with the shared schema the browser uses.
    experiments = await Promise.all(
      ids.map(async (id) =>
        Experiment.parse(await getJson(temp.db, `/api/projects/@current/experiments/${id}/`)),
      ),
    );
  }, SEEDING.timeout);
  afterAll(() => temp.close());

  const withStatus = (status: string) => experiments.filter((e) => e.status === status);

  it('creates every catalog entry, at least 60, each a valid Experiment', () => {
    expect(experiments.length).toBe(DEMO_EXPERIMENTS.length);
    expect(experiments.length).toBeGreaterThanOrEqual(60);
    const names = (list: { name: string }[]) => list.map((e) => e.name).sort();
    expect(names(experiments)).toEqual(names(DEMO_EXPERIMENTS));
  });

  it('covers every status, and the API status is the shared rule', () => {
    for (const e of experiments) expect(e.status).toBe(experimentStatus(e));
    const counts = Object.fromEntries(
      ['draft', 'running', 'paused', 'stopped'].map((s) => [s, withStatus(s).length]),
    );
    expect(counts.draft).toBeGreaterThanOrEqual(8);
    expect(counts.running).toBeGreaterThanOrEqual(12);
    expect(counts.paused).toBeGreaterThanOrEqual(4);
    expect(counts.stopped).toBeGreaterThanOrEqual(20);
  });

  it('has the states the dashboard calls out: stale drafts, long runs, long pauses', () => {
    const staleDrafts = withStatus('draft').filter((e) => daysBefore(e.updated_at) > 30);
    expect(staleDrafts.length).toBeGreaterThanOrEqual(3);
    const longRunning = withStatus('running').filter((e) => daysBefore(e.start_date) > 30);
    expect(longRunning.length).toBeGreaterThanOrEqual(3);
    const flagUpdated = (e: Experiment) =>
      temp.db
        .prepare('SELECT updated_at FROM feature_flags WHERE id = ?')
        .pluck()
        .get(e.feature_flag?.id) as string;
    const longPaused = withStatus('paused').filter((e) => daysBefore(flagUpdated(e)) > 7);
    expect(longPaused.length).toBeGreaterThanOrEqual(2);
    for (const e of withStatus('paused')) expect(e.feature_flag?.active).toBe(false);
  });

  it('records every conclusion, with comments, and some stops without one', () => {
    const stopped = withStatus('stopped');
    for (const conclusion of CONCLUSIONS) {
      const some = stopped.filter((e) => e.conclusion === conclusion);
      expect(some.length, conclusion).toBeGreaterThanOrEqual(2);
      expect(some.every((e) => (e.conclusion_comment ?? '').length > 10)).toBe(true);
    }
    expect(stopped.filter((e) => e.conclusion == null).length).toBeGreaterThanOrEqual(3);
    expect(experiments.filter((e) => e.status !== 'stopped' && e.conclusion != null)).toEqual([]);
  });

  it('archives only stopped experiments, and ships a variant on a few', () => {
    const archived = experiments.filter((e) => e.archived);
    expect(archived.length).toBeGreaterThanOrEqual(5);
    expect(archived.every((e) => e.status === 'stopped')).toBe(true);
    const shipped = experiments.filter((e) =>
      e.feature_flag?.filters?.groups?.[0]?.description?.startsWith('Added automatically'),
    );
    expect(shipped.length).toBeGreaterThanOrEqual(2);
    for (const e of shipped) {
      const splits = e.feature_flag?.filters?.multivariate?.variants.map(
        (v) => v.rollout_percentage,
      );
      expect(splits?.sort()).toEqual([0, 100]);
    }
  });

  it('uses 2 to 5 variants with the usual splits', () => {
    const splits = new Set(
      experiments.map((e) =>
        (e.parameters?.feature_flag_variants ?? []).map((v) => v.split_percent).join('/'),
      ),
    );
    for (const split of ['50/50', '34/33/33', '70/30', '25/25/25/25'])
      expect(splits).toContain(split);
    for (const e of experiments) {
      const variants = e.parameters?.feature_flag_variants ?? [];
      expect(variants.length).toBeGreaterThanOrEqual(2);
      expect(variants.length).toBeLessThanOrEqual(5);
      expect(variants[0]?.key).toBe('control');
    }
  });

  it('uses all four metric types as primary and as secondary metrics, with goals and windows', () => {
    const types = (list: 'metrics' | 'metrics_secondary') =>
      new Set(experiments.flatMap((e) => (e[list] ?? []).map((m) => m.metric_type)));
    for (const type of METRIC_TYPES) {
      expect(types('metrics'), `primary ${type}`).toContain(type);
      expect(types('metrics_secondary'), `secondary ${type}`).toContain(type);
    }
    const all = experiments.flatMap((e) => [...(e.metrics ?? []), ...(e.metrics_secondary ?? [])]);
    expect(all.some((m) => m.goal === 'decrease')).toBe(true);
    expect(all.some((m) => typeof m.conversion_window === 'number')).toBe(true);
    expect(all.every((m) => typeof m.uuid === 'string' && typeof m.fingerprint === 'string')).toBe(
      true,
    );
    const uuids = experiments.flatMap((e) => [
      ...(e.metrics ?? []).map((m) => `${e.id}:${m.uuid}`),
      ...(e.metrics_secondary ?? []).map((m) => `${e.id}:${m.uuid}`),
    ]);
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it('has running experiments without a primary metric', () => {
    const noPrimary = withStatus('running').filter(
      (e) =>
        (e.metrics ?? []).length === 0 &&
        !(e.saved_metrics ?? []).some((s) => s.metadata?.type === 'primary'),
    );
    expect(noPrimary.length).toBeGreaterThanOrEqual(2);
  });

  it('attaches holdouts, saved metrics, frequentist stats and several creators', async () => {
    const holdouts = (
      await getJson<{ results: unknown[] }>(temp.db, '/api/projects/@current/experiment_holdouts/')
    ).results.map((h) => ExperimentHoldout.parse(h));
    expect(holdouts.map((h) => h.name)).toContain('Q4 global holdout');
    expect(holdouts).toHaveLength(3);
    const q4 = holdouts.find((h) => h.name === 'Q4 global holdout');
    expect(q4?.filters).toEqual([
      { properties: [], rollout_percentage: 10, variant: `holdout-${q4?.id}` },
    ]);

    const saved = (
      await getJson<{ results: unknown[] }>(
        temp.db,
        '/api/projects/@current/experiment_saved_metrics/',
      )
    ).results.map((m) => ExperimentSavedMetric.parse(m));
    expect(saved).toHaveLength(5);
    expect(new Set(saved.map((m) => m.query.metric_type)).size).toBe(4);

    const withHoldout = experiments.filter((e) => e.holdout);
    expect(withHoldout.length).toBeGreaterThanOrEqual(5);
    for (const e of withHoldout) {
      expect(e.feature_flag?.filters?.holdout?.id).toBe(e.holdout?.id);
    }
    expect(
      experiments.filter((e) => (e.saved_metrics ?? []).length > 0).length,
    ).toBeGreaterThanOrEqual(5);
    const frequentist = experiments.filter((e) => e.stats_config?.method === 'frequentist');
    expect(frequentist.length).toBeGreaterThanOrEqual(5);
    expect(frequentist.every((e) => typeof e.stats_config?.frequentist?.alpha === 'number')).toBe(
      true,
    );
    expect(new Set(experiments.map((e) => e.created_by?.id)).size).toBe(5);
  });

  it('makes the signed-in user a viewer of a few experiments', () => {
    const viewer = experiments.filter((e) => e.user_access_level === 'viewer');
    expect(viewer.length).toBeGreaterThanOrEqual(2);
    expect(viewer.every((e) => e.created_by?.id !== 1)).toBe(true);
    expect(experiments.filter((e) => e.user_access_level === 'editor').length).toBeGreaterThan(55);
  });

  it('has long names, markdown descriptions and realistic history within the last six months', () => {
    expect(experiments.filter((e) => e.name.length > 150).length).toBeGreaterThanOrEqual(2);
    expect(experiments.every((e) => e.name.length <= 400)).toBe(true);
    expect(
      experiments.filter((e) => e.description?.includes('**Hypothesis:**')).length,
    ).toBeGreaterThan(50);
    for (const e of experiments) {
      const created = daysBefore(e.created_at);
      expect(created).toBeGreaterThan(0);
      expect(created).toBeLessThan(185);
      if (e.start_date) expect(daysBefore(e.start_date)).toBeLessThan(created);
      if (e.end_date) expect(daysBefore(e.end_date)).toBeLessThan(daysBefore(e.start_date));
      expect(daysBefore(e.updated_at)).toBeGreaterThan(0);
    }
  });

  it('leaves an activity log that matches the dates', () => {
    const entries = temp.db
      .prepare("SELECT item_id, activity, created_at FROM activity_log WHERE scope = 'Experiment'")
      .all() as { item_id: string; activity: string; created_at: string }[];
    for (const e of experiments) {
      const mine = entries.filter((a) => a.item_id === String(e.id));
      expect(mine[0]).toMatchObject({ activity: 'created', created_at: e.created_at });
      if (e.start_date) {
        expect(mine.find((a) => a.activity === 'launched')?.created_at).toBe(e.start_date);
      }
    }
  });

  it('defines the events the metrics read, and a few actions', async () => {
    const events = await getJson<{ count: number; results: { name: string; verified: boolean }[] }>(
      temp.db,
      '/api/projects/@current/event_definitions/?limit=100',
    );
    expect(events.count).toBeGreaterThanOrEqual(25);
    const names = events.results.map((e) => e.name);
    for (const name of [
      '$pageview',
      'signup_completed',
      'checkout_started',
      'purchase_completed',
    ]) {
      expect(names).toContain(name);
    }
    expect(events.results.filter((e) => e.verified).length).toBeGreaterThanOrEqual(5);
    expect(temp.db.prepare('SELECT COUNT(*) FROM actions').pluck().get()).toBeGreaterThanOrEqual(3);
  });

  it('gives the stats endpoint something to show', async () => {
    const stats = await getJson<ExperimentStats>(
      temp.db,
      '/api/projects/@current/experiments/stats/',
    );
    expect(stats.active_experiments).toBeGreaterThan(10);
    expect(stats.launched_last_30d).toBeGreaterThan(0);
    expect(stats.launched_previous_30d).toBeGreaterThan(0);
    expect(stats.completed_last_30d).toBeGreaterThan(0);
  });

  it('refuses a database that already has experiments', () => {
    expect(() => seedDemoProject(temp.db, { now: SEED_NOW })).toThrow(/already has/);
  });
});

describe('determinism', () => {
  const seeded = (at: Date) => {
    const temp = tempDatabase();
    seedDemoProject(temp.db, { now: at });
    return temp;
  };

  it('the same `now` gives the same database', SEEDING, () => {
    const a = seeded(SEED_NOW);
    const b = seeded(SEED_NOW);
    try {
      for (const [table, json] of [
        ['experiments', EXPERIMENT_JSON_COLUMNS],
        ['feature_flags', ['filters']],
        ['activity_log', ['detail']],
        ['experiment_holdouts', ['filters']],
        ['experiment_saved_metrics', ['query', 'tags']],
        ['experiment_to_saved_metric', ['metadata']],
      ] as const) {
        expect(dumpTable(a.db, table, [...json]), table).toEqual(dumpTable(b.db, table, [...json]));
      }
      const ids = a.db.prepare('SELECT id FROM event_definitions ORDER BY name').pluck().all();
      expect(b.db.prepare('SELECT id FROM event_definitions ORDER BY name').pluck().all()).toEqual(
        ids,
      );
    } finally {
      a.close();
      b.close();
    }
  });

  it('every date follows `now`: a day later, everything moves by exactly one day', SEEDING, () => {
    const a = seeded(SEED_NOW);
    const b = seeded(new Date(SEED_NOW.getTime() + DAY_MS));
    try {
      const dates = (db: TempDatabase['db']) =>
        db
          .prepare(
            'SELECT created_at, updated_at, start_date, end_date FROM experiments ORDER BY id',
          )
          .all() as Record<string, string | null>[];
      const shift = (iso: string | null) =>
        iso === null ? null : new Date(new Date(iso).getTime() + DAY_MS).toISOString();
      const expected = dates(a.db).map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, shift(v)])),
      );
      expect(dates(b.db)).toEqual(expected);
    } finally {
      a.close();
      b.close();
    }
  });
});

describe('openSeededDatabase', () => {
  it('seeds a new file once, and leaves a used one alone', SEEDING, () => {
    const temp = tempDatabase({ base: false });
    temp.db.close();
    try {
      const first = openSeededDatabase(temp.file, SEED_NOW);
      const count = () => first.prepare('SELECT COUNT(*) FROM experiments').pluck().get() as number;
      expect(count()).toBe(DEMO_EXPERIMENTS.length);
      first.prepare("UPDATE experiments SET name = 'Renamed' WHERE id = 1").run();
      first.close();
      const again = openSeededDatabase(temp.file, new Date(SEED_NOW.getTime() + DAY_MS));
      expect(again.prepare('SELECT COUNT(*) FROM experiments').pluck().get()).toBe(
        DEMO_EXPERIMENTS.length,
      );
      expect(again.prepare('SELECT name FROM experiments WHERE id = 1').pluck().get()).toBe(
        'Renamed',
      );
      again.close();
    } finally {
      temp.close();
    }
  });
});
