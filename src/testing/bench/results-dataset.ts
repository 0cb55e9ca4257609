import type { Db } from '@/server/db/connection';
import type { RequestContext } from '@/server/services/context';
import { createExperiment } from '@/server/services/experiments/create';
import { CURRENT_USER_ID, DEMO_PROJECT_ID } from '@/server/seed/base';
import { DAY_MS, seededRandom } from '@/server/seed/seed-utils';

/**
 * The results benchmark's data: one running experiment with 100,000 exposed people and 1,000,000 events
 * in all (exposures included), written straight into the tables (the ingestion endpoint would take
 * minutes for a million events). Deterministic. About 1 % of the people are test accounts, about 10 % are
 * exposed twice and a few hundred see both variants, so the default exposure criteria (test accounts
 * filtered, `$multiple` excluded) have real work to do.
 */

export const RESULTS_PEOPLE = 100_000;
export const RESULTS_EVENTS = 1_000_000;
export const RESULTS_FLAG_KEY = 'bench-results-checkout';
const DAYS = 14;

export const MEAN_METRIC = {
  kind: 'ExperimentMetric',
  metric_type: 'mean',
  source: { kind: 'EventsNode', event: '$pageview', math: 'total' },
};
export const FUNNEL_METRIC = {
  kind: 'ExperimentMetric',
  metric_type: 'funnel',
  series: [
    { kind: 'EventsNode', event: 'checkout_started' },
    { kind: 'EventsNode', event: 'purchase' },
  ],
};

/** Writes the experiment and its events; returns the experiment id. */
export function writeResultsDataset(db: Db, now: Date): number {
  const ctx: RequestContext = {
    db,
    teamId: DEMO_PROJECT_ID,
    userId: CURRENT_USER_ID,
    now: () => now,
  };
  const start = now.getTime() - DAYS * DAY_MS;
  const experiment = db.transaction(() =>
    createExperiment(ctx, {
      name: 'Results benchmark: one-page checkout',
      feature_flag_key: RESULTS_FLAG_KEY,
      start_date: new Date(start).toISOString(),
      metrics: [MEAN_METRIC, FUNNEL_METRIC],
      allow_unknown_events: true,
    }),
  )();
  // The seed's generator, so every run measures the same data.
  const rnd = seededRandom(20_250_101);
  const nowIso = now.toISOString();
  const insertPerson = db.prepare(
    'INSERT INTO persons (id, team_id, uuid, properties, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertDistinctId = db.prepare(
    'INSERT INTO person_distinct_ids (team_id, distinct_id, person_id) VALUES (?, ?, ?)',
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (team_id, uuid, event, distinct_id, person_id, timestamp, properties, inserted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let written = 0;
  const write = (person: number, name: string, timestamp: number, properties: object) => {
    written += 1;
    const uuid = `0190b000-0000-7000-8000-${written.toString(16).padStart(12, '0')}`;
    insertEvent.run(
      DEMO_PROJECT_ID,
      uuid,
      name,
      `user-${person}`,
      person,
      timestamp,
      JSON.stringify(properties),
      nowIso,
    );
  };
  db.transaction(() => {
    const firstPerson =
      1 + ((db.prepare('SELECT MAX(id) FROM persons').pluck().get() as number | null) ?? 0);
    for (let i = 0; i < RESULTS_PEOPLE; i++) {
      const person = firstPerson + i;
      const email = rnd() < 0.01 ? `qa-${i}@posthog-demo.internal` : `user-${i}@example.com`;
      insertPerson.run(
        person,
        DEMO_PROJECT_ID,
        `0190b100-0000-7000-8000-${i.toString(16).padStart(12, '0')}`,
        JSON.stringify({ email }),
        nowIso,
      );
      insertDistinctId.run(DEMO_PROJECT_ID, `user-${person}`, person);
      const variant = rnd() < 0.5 ? 'control' : 'test';
      let t = start + Math.floor(rnd() * (DAYS - 1) * DAY_MS);
      const step = () => (t += 1 + Math.floor(rnd() * 3_600_000));
      const exposed = (v: string) =>
        write(person, '$feature_flag_called', t, {
          $feature_flag: RESULTS_FLAG_KEY,
          $feature_flag_response: v,
        });
      exposed(variant);
      if (rnd() < 0.1) {
        step();
        exposed(rnd() < 0.05 ? (variant === 'control' ? 'test' : 'control') : variant);
      }
      const pageviews = Math.floor(rnd() * 8);
      for (let p = 0; p < pageviews; p++)
        write(person, '$pageview', step(), { $current_url: `https://shop.example/p/${p}` });
      if (rnd() < 0.3) {
        write(person, 'checkout_started', step(), {});
        if (rnd() < (variant === 'test' ? 0.36 : 0.3))
          write(person, 'purchase', step(), { revenue: Math.round(rnd() * 20_000) / 100 });
      }
    }
    // Other activity of the same people, up to a million events in all.
    for (let i = 0; written < RESULTS_EVENTS; i++) {
      write(
        firstPerson + (i % RESULTS_PEOPLE),
        'button_clicked',
        start + Math.floor(rnd() * DAYS * DAY_MS),
        {},
      );
    }
  })();
  return experiment.id;
}
