import type { Db } from '../db/connection';

/** What every service call needs: the database, the project, who is acting, and the clock. */
export interface RequestContext {
  db: Db;
  teamId: number;
  userId: number;
  now: () => Date;
}

export function nowIso(ctx: RequestContext): string {
  return ctx.now().toISOString();
}

/** Runs a write in one transaction: anything it throws (a 4xx included) rolls back everything it wrote. */
export function inTransaction<T>(ctx: RequestContext, work: () => T): T {
  return ctx.db.transaction(work)();
}
