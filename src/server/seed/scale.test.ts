import { describe, expect, it } from 'vitest';
import { Experiment, experimentStatus } from '@/shared';
import { seedDemoProject } from './demo';
import { seedScale } from './scale';
import { scaleSpec } from './scale-catalog';
import { dumpTable, getJson, SEED_NOW, tempDatabase } from './seed-test-utils';
import { EXPERIMENT_JSON_COLUMNS } from '../services/experiments/row';

const LIST = '/api/projects/@current/experiments/';
type Page = { count: number; next: string | null; results: unknown[] };

const countWhere = (db: ReturnType<typeof tempDatabase>['db'], where: string) =>
  db.prepare(`SELECT COUNT(*) FROM experiments WHERE ${where}`).pluck().get() as number;

describe('seedScale', () => {
  it('adds exactly N experiments, and the list endpoint counts them', async () => {
    const temp = tempDatabase();
    try {
      seedDemoProject(temp.db, { now: SEED_NOW });
      const before = await getJson<Page>(temp.db, `${LIST}?limit=5`);
      const visibleBefore = countWhere(temp.db, 'archived = 0 AND deleted = 0');
      expect(before.count).toBe(visibleBefore);

      const result = seedScale(temp.db, { experiments: 1000, now: SEED_NOW });
      expect(result).toEqual({ added: 1000, first: 1 });
      expect(countWhere(temp.db, '1')).toBe(66 + 1000);

      const after = await getJson<Page>(temp.db, `${LIST}?limit=5`);
      const visibleAfter = countWhere(temp.db, 'archived = 0 AND deleted = 0');
      expect(after.count).toBe(visibleAfter);
      expect(after.count - before.count).toBeGreaterThan(850);
      expect(after.results).toHaveLength(5);
      const archived = await getJson<Page>(temp.db, `${LIST}?limit=5&archived=true`);
      expect(after.count + archived.count).toBe(66 + 1000);
    } finally {
      temp.close();
    }
  });

  it('generates every status, and every row is a valid Experiment', async () => {
    const temp = tempDatabase();
    try {
      seedScale(temp.db, { experiments: 400, now: SEED_NOW });
      const results: Experiment[] = [];
      for (const archived of ['false', 'true']) {
        const page = await getJson<Page>(temp.db, `${LIST}?limit=1000&archived=${archived}`);
        results.push(...page.results.map((r) => Experiment.parse(r)));
      }
      expect(results).toHaveLength(400);
      const statuses = new Set(results.map((e) => e.status));
      expect([...statuses].sort()).toEqual(['draft', 'paused', 'running', 'stopped']);
      for (const e of results) expect(e.status).toBe(experimentStatus(e));
      expect(results.some((e) => e.archived)).toBe(true);
      expect(new Set(results.map((e) => e.feature_flag_key)).size).toBe(400);
    } finally {
      temp.close();
    }
  });

  it('writes exactly the rows the services write', () => {
    const bulk = tempDatabase();
    const services = tempDatabase();
    try {
      seedScale(bulk.db, { experiments: 300, now: SEED_NOW, via: 'bulk' });
      seedScale(services.db, { experiments: 300, now: SEED_NOW, via: 'services' });
      for (const [table, json] of [
        ['experiments', EXPERIMENT_JSON_COLUMNS],
        ['feature_flags', ['filters']],
        ['activity_log', ['detail']],
        ['experiment_to_saved_metric', ['metadata']],
      ] as const) {
        expect(dumpTable(bulk.db, table, [...json]), table).toEqual(
          dumpTable(services.db, table, [...json]),
        );
      }
    } finally {
      bulk.close();
      services.close();
    }
  });

  it('is deterministic, and a second run continues the numbering', () => {
    const a = tempDatabase();
    const b = tempDatabase();
    try {
      for (const temp of [a, b]) {
        seedScale(temp.db, { experiments: 50, now: SEED_NOW });
        expect(seedScale(temp.db, { experiments: 25, now: SEED_NOW })).toEqual({
          added: 25,
          first: 51,
        });
      }
      expect(dumpTable(a.db, 'experiments', EXPERIMENT_JSON_COLUMNS)).toEqual(
        dumpTable(b.db, 'experiments', EXPERIMENT_JSON_COLUMNS),
      );
      expect(countWhere(a.db, '1')).toBe(75);
      expect(scaleSpec(7)).toEqual(scaleSpec(7));
    } finally {
      a.close();
      b.close();
    }
  });

  it('spreads generated history over the past year, each step after the previous one', () => {
    for (let n = 1; n <= 2000; n++) {
      const spec = scaleSpec(n);
      const steps = [spec.created, spec.launched, spec.paused, spec.ended, spec.archived].filter(
        (d): d is number => d !== null,
      );
      expect(spec.created).toBeLessThanOrEqual(365);
      steps.forEach((d, i) => {
        expect(d).toBeGreaterThan(0);
        if (i > 0) expect(d).toBeLessThan(steps[i - 1] as number);
      });
    }
  });

  it('rejects a bad count', () => {
    const temp = tempDatabase();
    try {
      expect(() => seedScale(temp.db, { experiments: -1, now: SEED_NOW })).toThrow(/non-negative/);
      expect(() => seedScale(temp.db, { experiments: 1.5, now: SEED_NOW })).toThrow(/non-negative/);
      expect(seedScale(temp.db, { experiments: 0, now: SEED_NOW }).added).toBe(0);
    } finally {
      temp.close();
    }
  });
});
