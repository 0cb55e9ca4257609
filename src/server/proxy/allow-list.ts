import { ENDPOINT_ACTIONS } from '@/shared';

/**
 * The only PostHog API paths the proxy forwards: what the console uses, nothing more. Paths are matched
 * after `@current` has been replaced by the configured project id; the trailing slash is optional.
 */
const P = String.raw`/api/projects/\d+`;
const ID = String.raw`\d+`;
const ACTIONS = ENDPOINT_ACTIONS.join('|');

const RULES: { methods: string[]; pattern: string }[] = [
  { methods: ['GET', 'POST'], pattern: `${P}/experiments` },
  { methods: ['GET'], pattern: `${P}/experiments/(eligible_feature_flags|stats)` },
  { methods: ['GET', 'PATCH', 'PUT'], pattern: `${P}/experiments/${ID}` },
  { methods: ['POST'], pattern: `${P}/experiments/${ID}/(${ACTIONS})` },
  { methods: ['GET'], pattern: `${P}/experiments/${ID}/activity` },
  { methods: ['GET'], pattern: `${P}/feature_flags(/${ID})?` },
  // PATCH passes only with a body of exactly {"active": true|false} (flag-guard.ts).
  { methods: ['PATCH'], pattern: `${P}/feature_flags/${ID}` },
  { methods: ['GET'], pattern: `${P}/feature_flags/${ID}/activity` },
  { methods: ['GET', 'POST'], pattern: `${P}/(experiment_holdouts|experiment_saved_metrics)` },
  {
    methods: ['GET', 'PATCH', 'PUT', 'DELETE'],
    pattern: `${P}/(experiment_holdouts|experiment_saved_metrics)/${ID}`,
  },
  { methods: ['GET'], pattern: `${P}/(event_definitions|actions)` },
  // POST query/ passes only with an experiment query body (query-guard.ts); GET polls an async one.
  { methods: ['POST'], pattern: `${P}/query` },
  { methods: ['GET'], pattern: `${P}/query/[A-Za-z0-9_-]{1,100}` },
  { methods: ['GET'], pattern: '/api/users/@me' },
  { methods: ['GET'], pattern: `/api/projects(/${ID})?` },
];

const COMPILED = RULES.map((rule) => ({
  methods: rule.methods,
  regex: new RegExp(`^${rule.pattern}/?$`),
}));

/** Query bodies are inspected before they may pass (see query-guard.ts). */
export function isQueryPath(path: string): boolean {
  return /^\/api\/projects\/\d+\/query\/?$/.test(path);
}

export function isAllowed(method: string, path: string): boolean {
  return COMPILED.some((rule) => rule.methods.includes(method) && rule.regex.test(path));
}
