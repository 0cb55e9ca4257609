import type { Database } from 'better-sqlite3';

/**
 * Numbered, append-only migrations. `PRAGMA user_version` records how many ran; never edit a shipped one,
 * add the next.
 */
const MIGRATIONS: string[] = [
  // 1: the PostHog objects this server speaks for.
  `
  CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    distinct_id TEXT,
    role_at_organization TEXT
  );
  CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    organization TEXT NOT NULL,
    timezone TEXT NOT NULL DEFAULT 'UTC',
    api_token TEXT NOT NULL
  );
  CREATE TABLE feature_flags (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES projects(id),
    key TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    filters TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    ensure_experience_continuity INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    creation_context TEXT,
    created_by_id INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (team_id, key)
  );
  CREATE TABLE experiment_holdouts (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES projects(id),
    name TEXT NOT NULL,
    description TEXT,
    filters TEXT NOT NULL,
    created_by_id INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE experiments (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES projects(id),
    name TEXT NOT NULL,
    description TEXT,
    start_date TEXT,
    end_date TEXT,
    feature_flag_id INTEGER NOT NULL REFERENCES feature_flags(id),
    holdout_id INTEGER REFERENCES experiment_holdouts(id) ON DELETE SET NULL,
    exposure_cohort INTEGER,
    parameters TEXT,
    secondary_metrics TEXT NOT NULL DEFAULT '[]',
    filters TEXT NOT NULL DEFAULT '{}',
    archived INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    type TEXT DEFAULT 'product',
    exposure_criteria TEXT,
    metrics TEXT NOT NULL DEFAULT '[]',
    metrics_secondary TEXT NOT NULL DEFAULT '[]',
    stats_config TEXT,
    scheduling_config TEXT,
    conclusion TEXT,
    conclusion_comment TEXT,
    primary_metrics_ordered_uuids TEXT,
    secondary_metrics_ordered_uuids TEXT,
    only_count_matured_users INTEGER NOT NULL DEFAULT 0,
    -- The current user's access level to this experiment (PostHog's access control, reduced to one user).
    access_level TEXT NOT NULL DEFAULT 'editor',
    created_by_id INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX experiments_listing ON experiments (team_id, deleted, archived, created_at);
  CREATE INDEX experiments_flag ON experiments (feature_flag_id);
  CREATE TABLE experiment_saved_metrics (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES projects(id),
    name TEXT NOT NULL,
    description TEXT,
    query TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '[]',
    created_by_id INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE experiment_to_saved_metric (
    id INTEGER PRIMARY KEY,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    saved_metric_id INTEGER NOT NULL REFERENCES experiment_saved_metrics(id) ON DELETE CASCADE,
    metadata TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
  );
  CREATE INDEX experiment_to_saved_metric_experiment ON experiment_to_saved_metric (experiment_id);
  CREATE TABLE event_definitions (
    id TEXT PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES projects(id),
    name TEXT NOT NULL,
    description TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    verified INTEGER NOT NULL DEFAULT 0,
    hidden INTEGER NOT NULL DEFAULT 0,
    last_seen_at TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (team_id, name)
  );
  CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES projects(id),
    name TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE activity_log (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL,
    scope TEXT NOT NULL,
    item_id TEXT NOT NULL,
    activity TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    detail TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX activity_log_item ON activity_log (team_id, scope, item_id, id);
  `,
  // 2: events and persons, for PostHog's capture and flags endpoints and experiment results.
  `
  -- One row per person; properties from $set / $set_once (test-account filters read them).
  CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES projects(id),
    uuid TEXT NOT NULL UNIQUE,
    properties TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
  );
  -- Every distinct id a person is known by ($identify merges an anonymous id into the person).
  CREATE TABLE person_distinct_ids (
    team_id INTEGER NOT NULL REFERENCES projects(id),
    distinct_id TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    PRIMARY KEY (team_id, distinct_id)
  );
  -- Captured events. timestamp is epoch milliseconds (UTC) so windows are integer comparisons; person_id
  -- is resolved at ingestion (PostHog's persons-on-events), so results never join through distinct ids.
  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES projects(id),
    uuid TEXT NOT NULL,
    event TEXT NOT NULL,
    distinct_id TEXT NOT NULL,
    person_id INTEGER NOT NULL,
    timestamp INTEGER NOT NULL,
    properties TEXT NOT NULL DEFAULT '{}',
    -- The flag of an exposure event ($feature_flag_called), extracted once so exposures are an index range.
    flag_key TEXT GENERATED ALWAYS AS (json_extract(properties, '$."$feature_flag"')) STORED,
    flag_response TEXT GENERATED ALWAYS AS (json_extract(properties, '$."$feature_flag_response"')) STORED,
    inserted_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX events_uuid ON events (team_id, uuid);
  CREATE INDEX events_by_name ON events (team_id, event, timestamp);
  CREATE INDEX events_exposures ON events (team_id, flag_key, timestamp) WHERE flag_key IS NOT NULL;
  `,
  // 3: experiment results (src/server/query).
  `
  -- PostHog's Team.test_account_filters: property filters a person or event must pass to count when an
  -- experiment filters out test accounts. Project 1 is the demo project: its value is
  -- DEMO_TEST_ACCOUNT_FILTERS in seed/base.ts, which fresh databases get from there.
  ALTER TABLE projects ADD COLUMN test_account_filters TEXT NOT NULL DEFAULT '[]';
  UPDATE projects SET test_account_filters =
    '[{"key":"email","type":"person","operator":"not_regex","value":"@posthog-demo\\\\.internal$"}]'
    WHERE id = 1;
  -- PostHog's action steps ({event, properties, url, url_matching}): an action matches an event that
  -- matches any step. Without steps an action matches nothing.
  ALTER TABLE actions ADD COLUMN steps TEXT NOT NULL DEFAULT '[]';
  -- Exposures: a flag's exposure events per person, in person order, holding every column the exposure
  -- query reads, so "first exposure and variant per person" is one ordered pass over this index. It
  -- replaces events_exposures, whose timestamp order made every results query sort by person.
  DROP INDEX events_exposures;
  CREATE INDEX events_exposures_by_person
    ON events (team_id, flag_key, person_id, timestamp, flag_response, event) WHERE flag_key IS NOT NULL;
  -- Metric events: one person's events of one name in time order, so a metric's value for an exposed
  -- person is one index seek ("count/first of X after the exposure").
  CREATE INDEX events_by_person ON events (team_id, event, person_id, timestamp);
  -- The usual test-account filter reads a person's email: from this index, without parsing every person.
  CREATE INDEX persons_email ON persons (team_id, json_extract(properties, '$.email'));
  `,
];

export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
