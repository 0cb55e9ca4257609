import type { ExperimentStats } from '@/shared';
import type { RequestContext } from '../context';
import { preparedStatement as statement } from './list-cache';

const DAY = 86_400_000;

/** GET /experiments/stats/ (contract §1.3). */
export function experimentStats(ctx: RequestContext): ExperimentStats {
  const now = ctx.now().getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  // Each count is a range of one index (migration 4: start_date, end_date, the stored status). Not cached:
  // the 30-day windows move with the clock.
  const count = (sql: string, ...args: unknown[]) =>
    statement(
      ctx.db,
      `SELECT COUNT(*) FROM experiments e WHERE e.team_id = ? AND e.deleted = 0 AND ${sql}`,
    )
      .pluck()
      .get(ctx.teamId, ...args) as number;
  const launchedLast = count('e.start_date >= ?', iso(now - 30 * DAY));
  const launchedPrevious = count(
    'e.start_date >= ? AND e.start_date < ?',
    iso(now - 60 * DAY),
    iso(now - 30 * DAY),
  );
  return {
    launched_last_30d: launchedLast,
    launched_previous_30d: launchedPrevious,
    percent_change:
      launchedPrevious === 0
        ? launchedLast > 0
          ? 100
          : 0
        : Math.round(((launchedLast - launchedPrevious) / launchedPrevious) * 1000) / 10,
    // "archived IN (0, 1)": archived ones count too, and the IN lets the status index be read.
    active_experiments: count("e.archived IN (0, 1) AND e.status = 'running'"),
    completed_last_30d: count('e.end_date >= ?', iso(now - 30 * DAY)),
  };
}
