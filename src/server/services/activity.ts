import type { ActivityChange } from '@/shared';
import { insertRow } from '../db/rows';
import { nowIso, type RequestContext } from './context';

/**
 * Writes one activity-log entry. Called inside the same transaction as the write it describes, so the
 * history never misses a change and never shows one that was rolled back.
 */
export function recordActivity(
  ctx: RequestContext,
  entry: {
    scope: string;
    itemId: number;
    activity: string;
    name: string;
    changes?: ActivityChange[] | null;
  },
): void {
  insertRow(ctx.db, 'activity_log', {
    team_id: ctx.teamId,
    scope: entry.scope,
    item_id: String(entry.itemId),
    activity: entry.activity,
    user_id: ctx.userId,
    detail: { name: entry.name, changes: entry.changes ?? null, type: null, short_id: null },
    created_at: nowIso(ctx),
  });
}

/** Field-level before/after for every key whose value differs (JSON equality). */
export function diffFields(
  scope: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: readonly string[],
): ActivityChange[] {
  return fields
    .filter(
      (field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null),
    )
    .map((field) => ({
      type: scope,
      action: 'changed',
      field,
      before: before[field] ?? null,
      after: after[field] ?? null,
    }));
}
