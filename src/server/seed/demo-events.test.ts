import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbHash } from '@/testing/server-helpers';
import { evaluateFlag } from '../ingest/evaluate-flag';
import { DEMO_EXPERIMENTS } from './demo-catalog';
import { seedDemoProject } from './demo';
import { knobOf, METRIC_KNOBS, metricEvents } from './demo-events-model';
import { DEMO_STORIES, TEST_ACCOUNT_DOMAIN } from './demo-stories';
import { SEED_NOW, tempDatabase, type TempDatabase } from './seed-test-utils';

/** Seeding is this file's heavy setup (about 3 s alone; far more on a machine busy with browsers). */
const SEEDING_MS = 60_000;

const launched = DEMO_EXPERIMENTS.filter((spec) => spec.life.launched !== undefined);
const flagKeys = [...new Set(launched.map((spec) => spec.key))];

interface ExperimentRow {
  id: number;
  key: string;
  start_date: string;
  end_date: string | null;
  filters: string;
}

const eventsHash = (db: TempDatabase['db']) => {
  const hash = createHash('sha256');
  const rows = db
    .prepare(
      'SELECT uuid, event, distinct_id, person_id, timestamp, properties FROM events ORDER BY id',
    )
    .raw()
    .all();
  for (const row of rows) hash.update(JSON.stringify(row));
  return hash.digest('hex');
};

describe('the demo stories', () => {
  it('tell one story per launched flag, in metric names and rates the generator knows', () => {
    expect(Object.keys(DEMO_STORIES).sort()).toEqual([...flagKeys].sort());
    for (const [key, story] of Object.entries(DEMO_STORIES)) {
      for (const name of [...Object.keys(story.lift ?? {}), ...Object.keys(story.rates ?? {})]) {
        expect(() => knobOf(name), `${key}: ${name}`).not.toThrow();
      }
    }
    expect(() => knobOf('Sign-up conversion')).toThrow(/neither a demo metric nor a rate/);
  });

  it('know every metric of the launched experiments', () => {
    for (const spec of launched) {
      for (const metric of [...(spec.primary ?? []), ...(spec.secondary ?? [])]) {
        expect(
          METRIC_KNOBS[metric.name as string],
          `${spec.key}: ${String(metric.name)}`,
        ).toBeDefined();
        expect(metricEvents(metric).length).toBeGreaterThan(0);
      }
    }
  });
});

describe('seedDemoEvents (through seedDemoProject)', () => {
  let temp: TempDatabase;
  let experiments: ExperimentRow[];
  const count = (sql: string, ...params: unknown[]) =>
    temp.db
      .prepare(sql)
      .pluck()
      .get(...params) as number;

  beforeAll(() => {
    temp = tempDatabase();
    seedDemoProject(temp.db, { now: SEED_NOW });
    experiments = temp.db
      .prepare(
        `SELECT e.id, f.key, e.start_date, e.end_date, f.filters
         FROM experiments e JOIN feature_flags f ON f.id = e.feature_flag_id
         WHERE e.start_date IS NOT NULL ORDER BY e.id`,
      )
      .all() as ExperimentRow[];
  }, SEEDING_MS);
  afterAll(() => temp.close());

  it('exposes people to every launched experiment, about as many as its story says', () => {
    for (const key of flagKeys) {
      const exposed = count(
        `SELECT COUNT(DISTINCT person_id) FROM events WHERE team_id = 1 AND flag_key = ?`,
        key,
      );
      const people = DEMO_STORIES[key]?.people ?? 0;
      // Lost exposures (one story drops 22 % of a variant's) are the only people without one.
      expect(exposed, key).toBeGreaterThanOrEqual(Math.floor(people * 0.85));
      expect(exposed, key).toBeLessThanOrEqual(people);
    }
  });

  it('keeps the whole demo within its budget of people and events', () => {
    const persons = count('SELECT COUNT(*) FROM persons');
    const events = count('SELECT COUNT(*) FROM events');
    const people = Object.values(DEMO_STORIES).reduce((sum, story) => sum + story.people, 0);
    expect(persons).toBe(people);
    expect(events).toBeGreaterThan(persons * 2);
    // About 363,000: what `npm start` writes on a fresh clone, within seconds.
    expect(events).toBeLessThan(450_000);
  });

  it('writes every event of an experiment within its run', () => {
    // One pass: each event's `$feature/<key>` property says whose it is.
    const ranges = temp.db
      .prepare(
        `SELECT substr(p.key, 10) AS key, MIN(e.timestamp) AS first, MAX(e.timestamp) AS last
         FROM events e, json_each(e.properties) p WHERE p.key LIKE '$feature/%' GROUP BY p.key`,
      )
      .all() as { key: string; first: number; last: number }[];
    expect(ranges.map((r) => r.key).sort()).toEqual([...flagKeys].sort());
    for (const e of experiments) {
      const range = ranges.find((r) => r.key === e.key);
      const end = e.end_date ? new Date(e.end_date).getTime() : SEED_NOW.getTime();
      expect(range?.first, e.key).toBeGreaterThanOrEqual(new Date(e.start_date).getTime());
      expect(range?.last, e.key).toBeLessThanOrEqual(end);
    }
  });

  it('exposes no one while a flag is paused', () => {
    const day = 86_400_000;
    const exposures = (key: string, from: number, to: number) =>
      count(
        `SELECT COUNT(*) FROM events WHERE team_id = 1 AND flag_key = ? AND timestamp > ? AND timestamp < ?`,
        key,
        from,
        to,
      );
    const now = SEED_NOW.getTime();
    // Trial length was paused 60 days ago and resumed 53 days ago (each step up to 9 hours earlier).
    expect(exposures('trial-length', now - 60 * day, now - 53 * day - 9 * 3_600_000)).toBe(0);
    expect(exposures('trial-length', now - 53 * day, now)).toBeGreaterThan(50);
    // Progressive profiling has been paused since 70 days ago.
    expect(exposures('progressive-profiling', now - 70 * day, now)).toBe(0);
  });

  it('gives each distinct id the variant the flags endpoint gives it (while the flag was unchanged)', () => {
    const unchanged = experiments.filter((e) => {
      const spec = launched.find((s) => s.key === e.key);
      return !spec?.life.ship && !DEMO_STORIES[e.key]?.odd?.fallback;
    });
    expect(unchanged.length).toBeGreaterThan(30);
    for (const e of unchanged) {
      const exposures = temp.db
        .prepare(
          `SELECT distinct_id, properties FROM events
           WHERE team_id = 1 AND flag_key = ? AND event = '$feature_flag_called' LIMIT 200`,
        )
        .all(e.key) as { distinct_id: string; properties: string }[];
      const flag = { key: e.key, filters: JSON.parse(e.filters) as never };
      for (const { distinct_id, properties } of exposures) {
        const served = evaluateFlag(flag, distinct_id).variant ?? false;
        expect(served, `${e.key} ${distinct_id}`).toBe(
          (JSON.parse(properties) as Record<string, unknown>).$feature_flag_response,
        );
      }
    }
  });

  it('resolves every event to its person through the distinct ids, as ingestion would', () => {
    expect(
      count(
        `SELECT COUNT(*) FROM events ev LEFT JOIN person_distinct_ids d
           ON d.team_id = ev.team_id AND d.distinct_id = ev.distinct_id
         WHERE d.person_id IS NOT ev.person_id`,
      ),
    ).toBe(0);
  });

  it('has internal test accounts, and people exposed to two variants', () => {
    const persons = count('SELECT COUNT(*) FROM persons');
    const internal = count(
      `SELECT COUNT(*) FROM persons WHERE json_extract(properties, '$.email') LIKE ?`,
      `%@${TEST_ACCOUNT_DOMAIN}`,
    );
    expect(internal / persons).toBeGreaterThan(0.005);
    expect(internal / persons).toBeLessThan(0.03);
    const multiple = count(
      `SELECT COUNT(*) FROM (SELECT person_id FROM events WHERE flag_key IS NOT NULL
         GROUP BY flag_key, person_id HAVING COUNT(DISTINCT flag_response) > 1)`,
    );
    expect(multiple).toBeGreaterThan(100);
  });

  it('marks later events with the flag value, as posthog-js does', () => {
    const key = 'google-one-tap-signup';
    const row = temp.db
      .prepare(
        `SELECT properties FROM events WHERE event = 'signup_completed'
         AND json_extract(properties, '$."$feature/' || ? || '"') IS NOT NULL LIMIT 1`,
      )
      .pluck()
      .get(key) as string;
    expect(['control', 'one-tap']).toContain(JSON.parse(row)[`$feature/${key}`]);
  });

  it(
    'is deterministic: the same `now` gives the same events, persons and everything else',
    () => {
      const again = tempDatabase();
      try {
        seedDemoProject(again.db, { now: SEED_NOW });
        expect(eventsHash(again.db)).toBe(eventsHash(temp.db));
        expect(dbHash(again.db)).toBe(dbHash(temp.db));
      } finally {
        again.close();
      }
    },
    SEEDING_MS,
  );
});
