import { randomUUID } from 'node:crypto';
import { pythonTypeName } from '@/shared';
import { eventTimestamp } from './event-timestamp';
import { captureProblems, tooLarge } from './ingest-problems';
import { isFalsy, isObject } from './json-values';

/** An event ready to store: validated, with its uuid, distinct id and timestamp settled. */
export interface CapturedEvent {
  uuid: string;
  event: string;
  distinctId: string;
  properties: Record<string, unknown>;
  /** Epoch ms, UTC. */
  timestamp: number;
  /** `$set` / `$set_once` / `$unset`, from the event or its properties. */
  set: Record<string, unknown>;
  setOnce: Record<string, unknown>;
  unset: string[];
}

/** More events than any SDK batches in one request (posthog-node sends at most 100). */
export const MAX_EVENTS_PER_REQUEST = 10_000;

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

const invalid = captureProblems.invalidPayload;

/** The events of a payload: a `batch`, a list, or one event (`/engage/` makes it an `$identify`). */
export function eventsOfPayload(data: unknown, path: string): unknown[] {
  let payload = data;
  if (isObject(payload)) {
    if (payload.batch) payload = payload.batch;
    else if (path.includes('engage')) payload = { ...payload, event: '$identify' };
  }
  const events = Array.isArray(payload) ? payload : [payload];
  if (events.length > MAX_EVENTS_PER_REQUEST) throw tooLarge();
  if (events.some(isFalsy)) throw invalid('some events are null');
  for (const event of events) {
    if (!isObject(event)) {
      throw invalid(`All events must be dictionaries not '${pythonTypeName(event)}'!`);
    }
    if (!('event' in event)) throw invalid('All events must have the event name field "event"!');
  }
  return events;
}

/** PostHog's get_distinct_id: `$distinct_id`, then `properties.distinct_id`, then `distinct_id`. */
function distinctIdOf(event: Record<string, unknown>, properties: Record<string, unknown>) {
  const raw =
    '$distinct_id' in event
      ? event.$distinct_id
      : 'distinct_id' in properties
        ? properties.distinct_id
        : 'distinct_id' in event
          ? event.distinct_id
          : undefined;
  if (raw === undefined) throw invalid('All events must have the event field "distinct_id"!');
  if (isFalsy(raw)) throw invalid('Event field "distinct_id" should not be blank!');
  return (typeof raw === 'string' ? raw : JSON.stringify(raw)).slice(0, 200);
}

function uuidOf(event: Record<string, unknown>): string {
  if (!event.uuid) return randomUUID();
  if (typeof event.uuid !== 'string' || !UUID.test(event.uuid)) {
    throw invalid('Event field "uuid" is not a valid UUID!');
  }
  const hex = event.uuid.replace(/-/g, '').toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function checkOffset(value: unknown): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value))) {
    throw invalid(`Event field "offset" must be numeric, received ${pythonTypeName(value)}!`);
  }
}

const objectOr = (...values: unknown[]) =>
  Object.assign({}, ...values.filter(isObject)) as Record<string, unknown>;

/** One event of a payload, checked with PostHog's capture messages (a 400 names the first problem). */
export function toCapturedEvent(
  raw: Record<string, unknown>,
  nowMs: number,
  sentAtMs: number | null,
): CapturedEvent {
  if (raw.properties != null && !isObject(raw.properties)) {
    throw invalid(`Properties must be a JSON object, received ${pythonTypeName(raw.properties)}!`);
  }
  const properties = isObject(raw.properties) ? raw.properties : {};
  const distinctId = distinctIdOf(raw, properties);
  const uuid = uuidOf(raw);
  if (typeof raw.event !== 'string' || raw.event === '') {
    throw invalid('All events must have the event name field "event"!');
  }
  checkOffset(properties.offset);
  checkOffset(raw.offset);
  const unset = [raw.$unset, properties.$unset].flatMap((v) => (Array.isArray(v) ? v : []));
  return {
    uuid,
    event: raw.event.slice(0, 200),
    distinctId,
    properties,
    timestamp: eventTimestamp(raw, nowMs, sentAtMs),
    set: objectOr(properties.$set, raw.$set),
    setOnce: objectOr(properties.$set_once, raw.$set_once),
    unset: unset.filter((key): key is string => typeof key === 'string'),
  };
}
