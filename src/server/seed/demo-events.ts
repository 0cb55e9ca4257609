import type { Db } from '../db/connection';
import type { DemoExperiment } from './demo-catalog';
import { generateCrowd } from './demo-events-people';
import { planExperiment } from './demo-events-plan';
import { createEventWriter, withIndexesBuiltAfter } from './demo-events-writer';

export interface DemoEventsSummary {
  persons: number;
  events: number;
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
  const done = new Set<string>();
  // A page cache that holds the whole load (about 150 MB; SQLite takes pages as it needs them, up to this
  // 1 GB cap), so it never spills half-built pages to the WAL mid-transaction and reads them back to index.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -1048576');
  try {
    withIndexesBuiltAfter(db, ['events', 'persons'], () => {
      for (const { spec, id } of options.experiments) {
        // A re-run that reuses a launched flag (none yet) shares its events: exposures are per flag.
        if (spec.life.launched === undefined || done.has(spec.key)) continue;
        done.add(spec.key);
        generateCrowd(planExperiment(db, spec, id, now), writer);
      }
      writer.flush();
    });
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
  return { ...writer.counts };
}
