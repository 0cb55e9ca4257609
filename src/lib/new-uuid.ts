/**
 * A v4 uuid: a new metric's (so its place in `*_metrics_ordered_uuids` is known before PostHog sees it), a
 * saved view's.
 * `crypto.randomUUID` exists only in secure contexts; a console opened over plain http on a LAN address
 * falls back to `getRandomValues`, which is available everywhere.
 */
export function newUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
