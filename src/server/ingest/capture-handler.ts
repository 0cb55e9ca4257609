import type { Db } from '../db/connection';
import { eventsOfPayload, toCapturedEvent } from './captured-event';
import { decodePayload, PayloadError } from './decode-payload';
import { parseSentAt } from './event-timestamp';
import { captureProblems, tooLarge } from './ingest-problems';
import type { IngestRequest } from './ingest-request';
import { isFalsy, isObject } from './json-values';
import { projectForToken, tokenOf } from './project-token';
import { storeEvents } from './store-events';

function readPayload(request: IngestRequest): unknown {
  try {
    return decodePayload(request);
  } catch (error) {
    if (!(error instanceof PayloadError)) throw error;
    throw error.tooLarge ? tooLarge() : captureProblems.malformed(error.message);
  }
}

/** Where PostHog reads `sent_at`: posthog-js's `?_=`, the payload, a form field, then `?sent_at=`. */
function sentAtOf(request: IngestRequest, data: unknown): number | null {
  const raw =
    request.query.get('_') ||
    (isObject(data) ? data.sent_at : undefined) ||
    request.form.get('sent_at') ||
    request.query.get('sent_at');
  if (!raw) return null;
  try {
    return parseSentAt(raw);
  } catch (error) {
    throw captureProblems.invalidSentAt((error as Error).message);
  }
}

/**
 * PostHog's capture (`/batch/`, `/e/`, `/i/v0/e/`, …): decode the payload, check the project token and
 * every event, then store them all in one transaction; any problem answers PostHog's error and stores
 * nothing. Answers `{"status": 1}`.
 */
export function capture(db: Db, now: Date, request: IngestRequest): Response {
  const data = readPayload(request);
  if (isFalsy(data)) throw captureProblems.noData();
  const sentAt = sentAtOf(request, data);
  const token = tokenOf(request, data);
  if (!token) throw captureProblems.missingToken();
  const teamId = projectForToken(db, token);
  if (teamId === undefined) throw captureProblems.invalidToken();
  const nowMs = now.getTime();
  const events = eventsOfPayload(data, request.path).map((event) =>
    toCapturedEvent(event as Record<string, unknown>, nowMs, sentAt),
  );
  db.transaction(() => storeEvents(db, teamId, events, now))();
  return Response.json({ status: 1 });
}
