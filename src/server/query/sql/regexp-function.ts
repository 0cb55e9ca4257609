import type { Db } from '../../db/connection';

const registered = new WeakSet<Db>();
const compiled = new Map<string, RegExp>();
const MAX_COMPILED = 500;

/**
 * SQLite has a REGEXP operator but no function behind it: this registers one (JavaScript regular
 * expressions, close to PostHog's re2 for the patterns people write) on a connection, once. Patterns are
 * checked before a query is built, so a bad one is a 400, not an error inside SQLite.
 */
export function ensureRegexpFunction(db: Db): void {
  if (registered.has(db)) return;
  db.function('regexp', { deterministic: true }, (pattern: unknown, value: unknown) => {
    if (value === null || value === undefined) return null;
    const source = String(pattern);
    let re = compiled.get(source);
    if (!re) {
      if (compiled.size >= MAX_COMPILED) compiled.clear();
      re = new RegExp(source);
      compiled.set(source, re);
    }
    return re.test(String(value)) ? 1 : 0;
  });
  registered.add(db);
}
