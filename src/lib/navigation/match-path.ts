export type Params = Record<string, string | undefined>;

/**
 * A route pattern against a whole pathname: "/experiments/:id/edit" gives `{ id }`, a final "*" takes the
 * rest. As react-router: letters match whatever their case, trailing slashes do not count, and parameters
 * come decoded. Null when it does not match.
 */
export function matchPath(pattern: string, pathname: string): Params | null {
  const wanted = segments(pattern);
  const given = segments(pathname);
  const params: Params = {};
  for (const [i, segment] of wanted.entries()) {
    if (segment === '*') {
      params['*'] = given.slice(i).map(decode).join('/');
      return params;
    }
    const value = given[i];
    if (value === undefined) return null;
    if (segment.startsWith(':')) params[segment.slice(1)] = decode(value);
    else if (segment.toLowerCase() !== decode(value).toLowerCase()) return null;
  }
  return wanted.length === given.length ? params : null;
}

/**
 * How specific a pattern is, so "/experiments/new" wins over "/experiments/:id" and both over "*"
 * (react-router's ranking: a fixed segment counts most, a parameter less, a splat least).
 */
export function patternScore(pattern: string): number {
  return segments(pattern).reduce(
    (score, segment) => score + (segment === '*' ? -2 : segment.startsWith(':') ? 3 : 10),
    0,
  );
}

function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
