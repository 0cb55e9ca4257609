import type { Db } from '../db/connection';
import type { IngestRequest } from './ingest-request';
import { isObject } from './json-values';

/**
 * The project token of an ingestion request, where PostHog's get_token looks: the query (GET), the form
 * (`api_key`, `token`), then the payload (`$token`, `token`, `api_key`, an event's `properties.token`;
 * of the first event when the payload is a list).
 */
export function tokenOf(request: IngestRequest, data: unknown): unknown {
  if (request.method === 'GET') {
    const fromQuery = request.query.get('token') || request.query.get('api_key');
    if (fromQuery) return fromQuery;
  }
  const fromForm = request.form.get('api_key') || request.form.get('token');
  if (fromForm) return fromForm;
  const first = Array.isArray(data) ? data[0] : data;
  if (!isObject(first)) return undefined;
  const properties = isObject(first.properties) ? first.properties : {};
  return first.$token || first.token || first.api_key || properties.token || undefined;
}

/** The project whose api token this is. */
export function projectForToken(db: Db, token: unknown): number | undefined {
  if (typeof token !== 'string') return undefined;
  return db.prepare('SELECT id FROM projects WHERE api_token = ?').pluck().get(token) as
    number | undefined;
}
