import type { Db } from '../db/connection';
import type { DemoExperiment } from './demo-catalog';
import { generateCrowd } from './demo-events-people';
import { planExperiment } from './demo-events-plan';
import { createEventWriter, withIndexesBuiltAfter } from './demo-events-writer';

export interface DemoEventsSummary {
  persons: number;
  events: number;
  /** Per flag key: the people and events written for it. */
  byFlag: Record<string, { persons: number; events: number }>;
}

/**
 * Events for every launched demo experiment (demo-stories.ts says what each one shows): people who meet
 * the flag over its run, get the variant the flags endpoint gives them, and then act with their variant's
 * rates. Each experiment draws from a stream seeded by its flag key, so its data depends on nothing else;
 * run inside the seed's transaction.
 */
export function seedDemoEvents(
  db: Db,
  options: { now: Date; experiments: { spec: DemoExperiment; id: number }[] },
): DemoEventsSummary {
  const now = options.now.getTime();
  const writer = createEventWriter(db, options.now);
  const byFlag: DemoEventsSummary['byFlag'] = {};
  // A page cache that holds the whole load, so SQLite does not spill half-built pages mid-transaction.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -131072');
  withIndexesBuiltAfter(db, ['events', 'persons'], () => {
    for (const { spec, id } of options.experiments) {
      if (spec.life.launched === undefined || byFlag[spec.key]) continue;
      const plan = planExperiment(db, spec, id, now);
      const before = { ...writer.counts };
      generateCrowd(plan, writer);
      byFlag[plan.flagKey] = {
        persons: writer.counts.persons - before.persons,
        events: writer.counts.events - before.events,
      };
    }
  });
  db.pragma(`cache_size = ${cacheSize}`);
  return { ...writer.counts, byFlag };
}
