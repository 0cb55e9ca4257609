import { openDatabase, type Db } from '../db/connection';
import { DEMO_PROJECT_ID, ensureBaseData } from './base';
import { seedDemoProject } from './demo';

/** Whether the project has no experiments yet (soft-deleted ones count: a used database is never re-seeded). */
export function hasNoExperiments(db: Db): boolean {
  return !db.prepare('SELECT 1 FROM experiments WHERE team_id = ? LIMIT 1').get(DEMO_PROJECT_ID);
}

/**
 * Opens (creating and migrating if needed) the SQLite file, makes sure the project and users exist, and
 * seeds the demo project the first time, so `npm start` on a fresh data directory shows a full dashboard.
 */
export function openSeededDatabase(file: string, now = new Date()): Db {
  const db = openDatabase(file);
  try {
    ensureBaseData(db);
    if (hasNoExperiments(db)) seedDemoProject(db, { now });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
