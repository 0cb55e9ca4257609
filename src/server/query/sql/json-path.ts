/**
 * The SQLite JSON path of a top-level property: `$.key` for plain keys (the text the persons_email index
 * was built on) and `$."…"` otherwise, which SQLite reads with JSON's escapes, so any key works.
 */
export function jsonPath(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `$.${key}` : `$.${JSON.stringify(key)}`;
}
