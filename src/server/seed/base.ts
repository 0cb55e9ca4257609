import type { Db } from '../db/connection';
import { insertRow } from '../db/rows';

export const DEMO_PROJECT_ID = 1;
export const CURRENT_USER_ID = 1;

/**
 * The demo project's test-account filters (PostHog's Team.test_account_filters): experiments that filter
 * out test accounts (the default) leave out persons whose email ends with @posthog-demo.internal, the
 * demo's internal testers. Migration 3 sets the same value on databases created before it.
 */
export const DEMO_TEST_ACCOUNT_FILTERS = [
  { key: 'email', type: 'person', operator: 'not_regex', value: '@posthog-demo\\.internal$' },
];

/** The people of the demo organisation; the first is the signed-in user. */
export const DEMO_USERS = [
  {
    first_name: 'Alex',
    last_name: 'Rivera',
    email: 'alex@demo.example',
    role_at_organization: 'product',
  },
  {
    first_name: 'Priya',
    last_name: 'Natarajan',
    email: 'priya@demo.example',
    role_at_organization: 'engineering',
  },
  {
    first_name: 'Jonas',
    last_name: 'Becker',
    email: 'jonas@demo.example',
    role_at_organization: 'data',
  },
  {
    first_name: 'Mei',
    last_name: 'Tanaka',
    email: 'mei@demo.example',
    role_at_organization: 'product',
  },
  {
    first_name: 'Sam',
    last_name: "O'Connor",
    email: 'sam@demo.example',
    role_at_organization: 'marketing',
  },
] as const;

/** Deterministic uuid-shaped ids, so a seeded database is the same on every machine. */
export function demoUuid(kind: number, n: number): string {
  const hex = (kind * 1_000_003 + n).toString(16).padStart(12, '0');
  return `0190a000-0000-4000-8000-${hex.slice(-12)}`;
}

/** The project and the users every database needs, demo or not. Idempotent. */
export function ensureBaseData(db: Db): void {
  if (db.prepare('SELECT 1 FROM projects WHERE id = ?').get(DEMO_PROJECT_ID)) return;
  db.transaction(() => {
    insertRow(db, 'projects', {
      id: DEMO_PROJECT_ID,
      uuid: demoUuid(1, 1),
      name: 'Demo project',
      organization: demoUuid(2, 1),
      timezone: 'UTC',
      api_token: 'phc_demo_project_token',
      test_account_filters: DEMO_TEST_ACCOUNT_FILTERS,
    });
    DEMO_USERS.forEach((user, i) =>
      insertRow(db, 'users', {
        id: i + 1,
        uuid: demoUuid(3, i + 1),
        distinct_id: `demo-user-${i + 1}`,
        ...user,
      }),
    );
  })();
}
