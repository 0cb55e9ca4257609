import type { Statement } from 'better-sqlite3';
import type { Db } from '../../db/connection';

/**
 * The experiment list's caches, one set per database connection, valid for one value of the change
 * counter (migration 4: triggers bump it on every write to a table an experiment response or a list count
 * reads, whoever writes, raw SQL included). Each read asks the counter first (one prepared one-row
 * SELECT); when it moved, everything cached is dropped, so a read after a write always recomputes.
 *
 * Only what does not depend on the clock is kept: counts, serialized experiments, and pages whose order
 * is not computed from "now" (the caller decides, see list.ts).
 */

/**
 * A page of results as UTF-8 JSON (`[…]`), with the count of its filter set. Bytes, not a string: a page
 * is ~140 kB, and a string would be encoded again on every response.
 */
export interface CachedPage {
  count: number;
  results: Buffer;
}

// Bounds: a page of 50 full experiments is ~150 kB of text, so a few hundred pages at most.
const MAX_PAGE_BYTES = 24_000_000;
const MAX_PAGES = 400;
const MAX_COUNTS = 2_000;
const MAX_EXPERIMENTS = 5_000;

/** A Map used as an LRU: a hit moves the entry to the end, inserts evict from the front. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  private size = 0;
  constructor(
    private readonly maxEntries: number,
    private readonly maxSize = Infinity,
    private readonly sizeOf: (value: V) => number = () => 0,
  ) {}

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    const old = this.map.get(key);
    if (old !== undefined) {
      this.map.delete(key);
      this.size -= this.sizeOf(old);
    }
    this.map.set(key, value);
    this.size += this.sizeOf(value);
    for (const [oldest, evicted] of this.map) {
      if (this.map.size <= this.maxEntries && this.size <= this.maxSize) break;
      this.map.delete(oldest);
      this.size -= this.sizeOf(evicted);
    }
  }
}

class Generation {
  readonly counts = new Lru<number>(MAX_COUNTS);
  readonly pages = new Lru<CachedPage>(
    MAX_PAGES,
    MAX_PAGE_BYTES,
    (page) => page.results.byteLength,
  );
  /** An experiment's response as JSON text, by id (ids are global, so the team is part of the row). */
  readonly experiments = new Lru<string>(MAX_EXPERIMENTS);
  constructor(readonly version: number) {}
}

const perDb = new WeakMap<Db, { counter: Statement; generation: Generation }>();

/**
 * The change counter's value now: it moves with every write to what an experiment, a list or the current
 * user reads (not with ingested events). The rendered-page cache keys on it too.
 */
export function changeVersion(db: Db): number {
  return listCache(db).version;
}

/** The caches valid now for `db` (fresh ones if anything was written since the last call). */
export function listCache(db: Db): Generation {
  let entry = perDb.get(db);
  if (!entry) {
    const counter = db.prepare('SELECT n FROM change_counter WHERE id = 1').pluck();
    entry = { counter, generation: new Generation(counter.get() as number) };
    perDb.set(db, entry);
    return entry.generation;
  }
  const version = entry.counter.get() as number;
  if (version !== entry.generation.version) entry.generation = new Generation(version);
  return entry.generation;
}

const statements = new WeakMap<Db, Map<string, Statement>>();
/**
 * `sql` compiled once per connection: list and stats queries come in a few shapes (which filters are
 * present, the order), over and over. Bounded, should a caller ever build many shapes.
 */
export function preparedStatement(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let compiled = cache.get(sql);
  if (!compiled) {
    if (cache.size >= 500) cache.clear();
    cache.set(sql, (compiled = db.prepare(sql)));
  }
  return compiled;
}
