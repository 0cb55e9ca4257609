import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '@/testing/server-harness';
import { dbHash } from '@/testing/server-helpers';
import { anEvent, postJson, storedEvents, TOKEN } from './ingest-test-utils';

// What capture stores besides the event: one uuid once, timestamps on the server's clock, persons resolved
// and merged, person properties, the exposure columns.

const NOW = new Date('2025-03-10T12:00:00.000Z');
let server: TestServer;
beforeEach(() => {
  server = createTestServer({ now: () => NOW });
});
afterEach(() => server.close());

const capture = async (events: unknown[], extra: Record<string, unknown> = {}) => {
  const res = await postJson(server, '/batch/', { api_key: TOKEN, batch: events, ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};
const persons = () =>
  (
    server.db.prepare('SELECT id, properties FROM persons ORDER BY id').all() as {
      id: number;
      properties: string;
    }[]
  ).map((p) => ({ id: p.id, properties: JSON.parse(p.properties) }));
const distinctIds = () =>
  Object.fromEntries(
    (
      server.db.prepare('SELECT distinct_id, person_id FROM person_distinct_ids').all() as {
        distinct_id: string;
        person_id: number;
      }[]
    ).map((row) => [row.distinct_id, row.person_id]),
  );

describe('dedupe', () => {
  it('a retried batch stores nothing twice, person changes included', async () => {
    const batch = [
      anEvent({ uuid: '0190a000-0000-7000-8000-000000000001', $set: { plan: 'free' } }),
      anEvent({ uuid: '0190A000-0000-7000-8000-000000000002', event: 'signup' }),
    ];
    await capture(batch);
    const after = dbHash(server.db);
    await capture(batch);
    expect(dbHash(server.db)).toBe(after);
    // The same event again, with a later $set: still skipped whole (PostHog dedupes on the uuid).
    await capture([{ ...batch[0], $set: { plan: 'pro' } }]);
    expect(dbHash(server.db)).toBe(after);
    expect(storedEvents(server.db).map((e) => e.uuid)).toEqual([
      '0190a000-0000-7000-8000-000000000001',
      '0190a000-0000-7000-8000-000000000002',
    ]);
  });

  it('twice in one batch is once', async () => {
    const uuid = '0190a000-0000-7000-8000-0000000000aa';
    await capture([anEvent({ uuid }), anEvent({ uuid })]);
    expect(storedEvents(server.db)).toHaveLength(1);
  });
});

describe('timestamps', () => {
  const at = (iso: string) => new Date(iso).getTime();
  const stamp = async (event: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    await capture([anEvent(event)], extra);
    return storedEvents(server.db).at(-1)?.timestamp;
  };

  it('an event without a date happened now', async () => {
    expect(await stamp({})).toBe(NOW.getTime());
  });

  it('takes the timestamp as sent without sent_at', async () => {
    expect(await stamp({ timestamp: '2025-03-09T08:30:00.000Z' })).toBe(
      at('2025-03-09T08:30:00.000Z'),
    );
    expect(await stamp({ timestamp: '2025-03-09T08:30:00' })).toBe(at('2025-03-09T08:30:00.000Z'));
  });

  it("corrects the client's clock skew with sent_at", async () => {
    // The client's clock runs 5 minutes fast: it sent at 12:05 an event of 11:55, i.e. 10 minutes ago.
    expect(
      await stamp(
        { timestamp: '2025-03-10T11:55:00.000Z' },
        { sent_at: '2025-03-10T12:05:00.000Z' },
      ),
    ).toBe(at('2025-03-10T11:50:00.000Z'));
    expect(
      await stamp(
        { timestamp: '2025-03-10T11:55:00.000Z', properties: { $ignore_sent_at: true } },
        { sent_at: '2025-03-10T12:05:00.000Z' },
      ),
    ).toBe(at('2025-03-10T11:55:00.000Z'));
  });

  it('reads sent_at as epoch seconds or milliseconds', async () => {
    const sentMs = at('2025-03-10T12:01:00.000Z');
    const event = { timestamp: '2025-03-10T12:00:00.000Z' };
    expect(await stamp(event, { sent_at: String(sentMs) })).toBe(at('2025-03-10T11:59:00.000Z'));
    expect(await stamp(event, { sent_at: String(sentMs / 1000) })).toBe(
      at('2025-03-10T11:59:00.000Z'),
    );
  });

  it('uses offset when there is no timestamp', async () => {
    expect(await stamp({ offset: 90_000 })).toBe(NOW.getTime() - 90_000);
  });

  it('an event dated a day ahead, or unreadable, happened now', async () => {
    expect(await stamp({ timestamp: '2025-03-11T12:00:00.000Z' })).toBe(NOW.getTime());
    expect(await stamp({ timestamp: 'soon' })).toBe(NOW.getTime());
    expect(await stamp({ timestamp: '2025-03-11T10:00:00.000Z' })).toBe(
      at('2025-03-11T10:00:00.000Z'),
    );
  });
});

describe('persons', () => {
  it('one person per distinct id, created on first sight', async () => {
    await capture([
      anEvent({ distinct_id: 'a' }),
      anEvent({ distinct_id: 'b' }),
      anEvent({ distinct_id: 'a' }),
    ]);
    const [first, second, third] = storedEvents(server.db);
    expect(first?.person_id).toBe(third?.person_id);
    expect(first?.person_id).not.toBe(second?.person_id);
    expect(persons()).toHaveLength(2);
  });

  it('$identify merges the anonymous id into the identified person, events included', async () => {
    await capture([
      anEvent({
        distinct_id: 'anon-1',
        event: '$pageview',
        properties: { $set_once: { first_seen: 'ad' } },
      }),
      anEvent({ distinct_id: 'user@x', event: 'login', $set: { email: 'user@x', plan: 'pro' } }),
    ]);
    expect(persons()).toHaveLength(2);
    await capture([
      {
        event: '$identify',
        distinct_id: 'user@x',
        properties: { $anon_distinct_id: 'anon-1', $set: { plan: 'team' } },
      },
      anEvent({ distinct_id: 'anon-1', event: 'purchase' }),
    ]);
    const [person] = persons();
    expect(persons()).toHaveLength(1);
    expect(person?.properties).toEqual({ first_seen: 'ad', email: 'user@x', plan: 'team' });
    expect(distinctIds()).toEqual({ 'anon-1': person?.id, 'user@x': person?.id });
    expect(new Set(storedEvents(server.db).map((e) => e.person_id))).toEqual(new Set([person?.id]));
  });

  it('$identify of a new id joins the anonymous person', async () => {
    await capture([anEvent({ distinct_id: 'anon-2' })]);
    await capture([
      { event: '$identify', distinct_id: 'new-user', properties: { $anon_distinct_id: 'anon-2' } },
    ]);
    expect(persons()).toHaveLength(1);
    expect(Object.keys(distinctIds()).sort()).toEqual(['anon-2', 'new-user']);
  });

  it('$create_alias joins the alias', async () => {
    await capture([
      { event: '$create_alias', distinct_id: 'main', properties: { alias: 'other' } },
    ]);
    await capture([anEvent({ distinct_id: 'other' })]);
    const events = storedEvents(server.db);
    expect(events[0]?.person_id).toBe(events[1]?.person_id);
  });

  it('$set overwrites, $set_once fills, $unset removes', async () => {
    await capture([anEvent({ $set: { plan: 'free', seats: 1 }, $set_once: { source: 'ad' } })]);
    await capture([
      anEvent({
        properties: {
          $set: { plan: 'pro' },
          $set_once: { source: 'seo', city: 'Oslo' },
          $unset: ['seats'],
        },
      }),
    ]);
    expect(persons()[0]?.properties).toEqual({ plan: 'pro', source: 'ad', city: 'Oslo' });
  });

  it('an event that opts out of person processing leaves properties alone', async () => {
    await capture([
      anEvent({ properties: { $process_person_profile: false, $set: { plan: 'pro' } } }),
    ]);
    expect(persons()).toEqual([{ id: expect.any(Number), properties: {} }]);
  });
});

describe('what the results read', () => {
  it('exposures fill flag_key and flag_response; new names get an event definition', async () => {
    await capture([
      anEvent({
        event: '$feature_flag_called',
        properties: { $feature_flag: 'checkout-cta', $feature_flag_response: 'test' },
      }),
    ]);
    expect(storedEvents(server.db)[0]).toMatchObject({
      flag_key: 'checkout-cta',
      flag_response: 'test',
    });
    const names = server.db.prepare('SELECT name FROM event_definitions').pluck().all();
    expect(names).toContain('$feature_flag_called');
  });
});
