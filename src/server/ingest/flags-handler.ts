import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import { decodePayload, PayloadError } from './decode-payload';
import { evaluateFlag } from './evaluate-flag';
import { flagsBody } from './flags-response';
import { flagsProblems, tooLarge } from './ingest-problems';
import type { IngestRequest } from './ingest-request';
import { isObject } from './json-values';
import { propertiesOfDistinctId } from './persons';
import { activeFlags, projectHasFlags } from './project-flags';
import { projectForToken, tokenOf } from './project-token';
import { remoteConfig } from './remote-config';

const truthy = (value: unknown) => value === true || value === 'true' || value === 1;

function readPayload(request: IngestRequest): Record<string, unknown> {
  try {
    const data = decodePayload(request);
    return isObject(data) ? data : {};
  } catch (error) {
    if (!(error instanceof PayloadError)) throw error;
    throw error.tooLarge ? tooLarge() : flagsProblems.malformed(error.message);
  }
}

// decide.py's base config, before the remote config's own keys.
const DECIDE_BASE = {
  config: { enable_collect_everything: true },
  toolbarParams: {},
  isAuthenticated: false,
};

const stringList = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;

/**
 * The SDK's `/flags/` or `/decide/` version: `/flags/` answers the detailed map from v=2 and the legacy
 * one below; `/decide/` answers its own versions 1 to 4 (no `v` is 1, an unreadable one 2, as decide.py
 * reads it).
 */
function versionOf(request: IngestRequest, endpoint: 'flags' | 'decide'): number {
  const raw = request.query.get('v');
  const asked = raw && /^\d+$/.test(raw) ? Number(raw) : raw ? 2 : 1;
  if (endpoint === 'decide') return asked;
  return asked >= 2 ? 4 : 3;
}

/**
 * PostHog's remote flag evaluation for one person: every active flag of the project the token names,
 * evaluated with the person's stored properties overlaid by the request's `person_properties`. Reads
 * only: asking for flags never creates a person. `/decide/` and `/flags/?config=true` add the remote
 * config. A GET (no payload) gets the empty answer decide.py gives.
 */
export function evaluateFlagsRequest(
  db: Db,
  now: Date,
  request: IngestRequest,
  endpoint: 'flags' | 'decide',
): Response {
  const version = versionOf(request, endpoint);
  const requestId = randomUUID();
  if (request.method === 'GET') {
    return Response.json({ ...flagsBody([], version), requestId, evaluatedAt: now.getTime() });
  }
  const data = readPayload(request);
  const token = tokenOf(request, data);
  if (!token) throw flagsProblems.missingToken();
  const teamId = projectForToken(db, token);
  if (teamId === undefined) throw flagsProblems.invalidToken();

  let evaluated: Parameters<typeof flagsBody>[0] = [];
  if (!truthy(data.disable_flags)) {
    if (data.distinct_id == null) throw flagsProblems.missingDistinctId();
    const distinctId = String(data.distinct_id);
    const properties = {
      ...propertiesOfDistinctId(db, teamId, distinctId),
      ...(isObject(data.person_properties) ? data.person_properties : {}),
    };
    const keys = stringList(data.flag_keys_to_evaluate) ?? stringList(data.flag_keys);
    evaluated = activeFlags(db, teamId, keys).map((flag) => ({
      flag,
      evaluation: evaluateFlag(flag, distinctId, properties),
    }));
  }
  const config =
    endpoint === 'decide' || request.query.get('config') === 'true'
      ? { ...DECIDE_BASE, ...remoteConfig(String(token), projectHasFlags(db, teamId)) }
      : {};
  return Response.json({
    ...config,
    ...flagsBody(evaluated, version),
    requestId,
    evaluatedAt: now.getTime(),
  });
}
