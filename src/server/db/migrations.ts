import type { Database } from 'better-sqlite3';

/**
 * Numbered, append-only migrations. `PRAGMA user_version` records how many ran; never edit a shipped one,
 * add the next.
 */
/**
 * SQL for an experiment's derived status (contract §1.2), `row` being the table or NEW: the same rule as
 * experimentStatus in @/shared. Used by migration 4 (its text must never change once shipped).
 */
function statusOf(row: string): string {
  return `(CASE
    WHEN ${row}.start_date IS NULL THEN 'draft'
    WHEN ${row}.end_date IS NOT NULL THEN 'stopped'
    WHEN (SELECT active FROM feature_flags WHERE id = ${row}.feature_flag_id) = 1 THEN 'running'
    ELSE 'paused' END)`;
}

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
  // 4: the experiment list at the cost of an index range (issue 12).
  `
  -- The derived status (contract §1.2: the flag decides running vs paused), stored so the list can filter
  -- and count it from an index. Triggers keep it whatever writes: the services, a flag toggle (in the same
  -- transaction), or a raw UPDATE.
  ALTER TABLE experiments ADD COLUMN status TEXT NOT NULL DEFAULT 'draft';
  UPDATE experiments SET status = ${statusOf('experiments')};
  CREATE TRIGGER experiments_status_insert AFTER INSERT ON experiments
    WHEN NEW.status IS NOT ${statusOf('NEW')}
  BEGIN
    UPDATE experiments SET status = ${statusOf('NEW')} WHERE id = NEW.id;
  END;
  -- "OF status" too: a direct write of the column is put right at once.
  CREATE TRIGGER experiments_status_update
    AFTER UPDATE OF start_date, end_date, feature_flag_id, status ON experiments
    WHEN NEW.status IS NOT ${statusOf('NEW')}
  BEGIN
    UPDATE experiments SET status = ${statusOf('NEW')} WHERE id = NEW.id;
  END;
  CREATE TRIGGER feature_flags_experiment_status AFTER UPDATE OF active ON feature_flags
    WHEN OLD.active IS NOT NEW.active
  BEGIN
    UPDATE experiments SET status = CASE WHEN NEW.active = 1 THEN 'running' ELSE 'paused' END
      WHERE feature_flag_id = NEW.id AND start_date IS NOT NULL AND end_date IS NULL;
  END;
  -- The indexes the list and the stats read (EXPLAIN QUERY PLAN checked in experiments-list-fresh.test.ts):
  -- a status tab in its default order, the needs-attention reads (a status by updated_at), launches and
  -- completions in a time window. Rarer orders (name, updated_at without a status) sort the filtered rows
  -- once; the list caches keep the result until the next write. Each index costs every insert: the
  -- 100k-experiment seed must stay well under a minute.
  -- The name closes both listing indexes so a search (instr over the name) filters from the index alone:
  -- generated rows are ~3 kB of JSON each, and reading them to test the name made a search at 100k
  -- experiments cost ~150 ms. It replaces migration 1's experiments_listing.
  DROP INDEX experiments_listing;
  CREATE INDEX experiments_listing_named ON experiments (team_id, deleted, archived, created_at, id, name);
  CREATE INDEX experiments_listing_status
    ON experiments (team_id, deleted, archived, status, created_at, id, name);
  CREATE INDEX experiments_listing_status_updated
    ON experiments (team_id, deleted, archived, status, updated_at);
  CREATE INDEX experiments_started ON experiments (team_id, deleted, start_date);
  CREATE INDEX experiments_ended ON experiments (team_id, deleted, end_date);

  -- A counter bumped by every write to a table an experiment response or a list count reads: the list's
  -- caches (services/experiments/list-cache.ts) are valid for one value of it, so after any write,
  -- whoever makes it, the next read misses and sees the write.
  CREATE TABLE change_counter (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
  INSERT INTO change_counter (id, n) VALUES (1, 0);
  ${[
    'experiments',
    'feature_flags',
    'experiment_holdouts',
    'experiment_saved_metrics',
    'experiment_to_saved_metric',
    'users',
  ]
    .flatMap((table) =>
      ['INSERT', 'UPDATE', 'DELETE'].map(
        (event) => `CREATE TRIGGER ${table}_${event.toLowerCase()}_counts AFTER ${event} ON ${table}
  BEGIN UPDATE change_counter SET n = n + 1; END;`,
      ),
    )
    .join('\n  ')}
  `,
  // 5: people of their own. Each user is a member (may write) or a viewer (reads only), and signs in with
  // personal API keys in PostHog's `phx_` format, kept only as a hash (`npm run users`).
  `
  ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'viewer'));
  CREATE TABLE personal_api_keys (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    label TEXT NOT NULL,
    mask_value TEXT NOT NULL,
    secure_value TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
  );
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
