import Database from 'better-sqlite3';
import { join } from 'node:path';
import { openSeededDatabase } from '@/server/seed/open-seeded';
import { seedScale } from '@/server/seed/scale';
import type { ApiTargets } from './api';

export const DATABASE_FILE = 'experiment-console.sqlite';

/** The demo project plus `experiments` generated ones in `dataDir`; returns what the API load reads/writes. */
export function seedBenchData(dataDir: string, experiments: number): ApiTargets {
  const db = openSeededDatabase(join(dataDir, DATABASE_FILE));
  try {
    seedScale(db, { experiments, now: new Date() });
  } finally {
    db.close();
  }
  const read = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const ids = (sql: string) => read.prepare(sql).pluck().all() as number[];
    // About 1,000 of each whatever the scale: every nth live experiment, and every nth one the user may
    // edit (not archived). At 10k that is every 10th and every 20th, as the bench always took.
    const step = Math.max(1, Math.round(experiments / 1000));
    return {
      readIds: ids(
        `SELECT id FROM experiments WHERE deleted = 0 AND id % ${step} = ${3 % step} ORDER BY id`,
      ),
      writeIds: ids(
        `SELECT id FROM experiments WHERE deleted = 0 AND archived = 0 AND access_level = 'editor'
         AND id % ${step * 2} = ${7 % (step * 2)} ORDER BY id`,
      ),
    };
  } finally {
    read.close();
  }
}
