import type { FlagFilters } from '@/shared';
import type { Db } from '../db/connection';
import { parseJson } from '../db/rows';
import type { EvaluableFlag } from './evaluate-flag';

export interface ProjectFlag extends EvaluableFlag {
  id: number;
  name: string;
  version: number;
}

interface Row {
  id: number;
  key: string;
  name: string;
  filters: string;
  version: number;
}

/**
 * The flags `/flags/` evaluates: the project's active, non-deleted flags (PostHog leaves inactive ones out
 * of remote evaluation), limited to `keys` when the SDK asks for some.
 */
export function activeFlags(db: Db, teamId: number, keys?: readonly string[]): ProjectFlag[] {
  const rows = db
    .prepare(
      'SELECT id, key, name, filters, version FROM feature_flags WHERE team_id = ? AND active = 1 AND deleted = 0 ORDER BY id',
    )
    .all(teamId) as Row[];
  const wanted = keys ? new Set(keys) : null;
  return rows
    .filter((row) => !wanted || wanted.has(row.key))
    .map((row) => ({
      id: row.id,
      key: row.key,
      name: row.name,
      version: row.version,
      filters: parseJson<FlagFilters>(row.filters, {}),
    }));
}

export function projectHasFlags(db: Db, teamId: number): boolean {
  return !!db
    .prepare('SELECT 1 FROM feature_flags WHERE team_id = ? AND active = 1 AND deleted = 0 LIMIT 1')
    .get(teamId);
}
