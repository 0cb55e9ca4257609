import fc from 'fast-check';

/**
 * fast-check generators for hostile API input: wrong types, missing and extra keys, huge and unicode
 * strings, deep nesting, broken JSON, odd content types, ids that do not exist, junk query strings.
 */

/** A string of 1 000 to 200 000 repeats of one (possibly multi-byte or control) character. */
export const hugeString = fc
  .tuple(
    fc.integer({ min: 1_000, max: 200_000 }),
    fc.constantFrom('x', 'é', '😀', '\u0000', '"', '\\'),
  )
  .map(([n, c]) => c.repeat(n));

export const weirdString = fc.oneof(
  { weight: 3, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme' }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u0000',
      '\ud800',
      '\u202e',
      '%',
      '%zz',
      '../../etc/passwd',
      '<script>alert(1)</script>',
      "' OR 1=1 --",
      'null',
      'true',
      '1e309',
      '-0',
      'NaN',
      '控制',
      '🧪🧪🧪',
    ),
  },
  { weight: 1, arbitrary: hugeString },
);

export const weirdNumber = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 0.5, 1e308, -1e308, 2 ** 53 + 2, 2 ** 63, -(2 ** 63)),
);

/** Nested arrays or objects up to 100 levels (the server refuses more than 64). */
export const deepValue = fc
  .tuple(fc.integer({ min: 1, max: 100 }), fc.boolean(), fc.jsonValue({ maxDepth: 1 }))
  .map(([depth, arrays, leaf]) => {
    let value: unknown = leaf;
    for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value };
    return value;
  });

/** Any value a field might be sent. */
export const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 3, arbitrary: weirdString },
  { weight: 2, arbitrary: weirdNumber },
  { weight: 2, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { '': null }) },
  { weight: 1, arbitrary: deepValue },
);

const oddKeys = fc.constantFrom(
  '__proto__',
  'constructor',
  'id',
  'created_at',
  'created_by',
  'feature_flag',
  'status',
  'team_id',
  '',
  'NAME',
);

/** A key: mostly the endpoint's own fields, sometimes read-only, odd or random ones. */
export const keyFor = (known: readonly string[]) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: oddKeys },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );

/** Corrupts a JSON text: truncates it, inserts or replaces a character, or doubles it. */
export const brokenJson = (text: fc.Arbitrary<string>) =>
  fc
    .tuple(
      text,
      fc.nat(),
      fc.constantFrom('truncate', 'insert', 'replace', 'double'),
      fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', '\u0000', "'", 'x', '\n'),
    )
    .map(([t, at, how, c]) => {
      const i = t.length === 0 ? 0 : at % t.length;
      switch (how) {
        case 'truncate':
          return t.slice(0, i);
        case 'insert':
          return t.slice(0, i) + c + t.slice(i);
        case 'replace':
          return t.slice(0, i) + c + t.slice(i + 1);
        default:
          return t + t;
      }
    });

/**
 * A raw request body for an endpoint whose fields are `known`, given some valid bodies to start from:
 * random objects, valid bodies with keys changed or dropped, non-object roots, broken JSON, empties.
 */
export function bodyFor(
  known: readonly string[],
  valid: readonly Record<string, unknown>[],
): fc.Arbitrary<string> {
  const key = keyFor(known);
  const randomObject = fc.dictionary(key, fieldValue, { maxKeys: 6 });
  const mutated = fc
    .tuple(
      fc.constantFrom(...valid),
      fc.dictionary(key, fieldValue, { minKeys: 1, maxKeys: 2 }),
      fc.subarray([...known], { maxLength: Math.min(2, known.length) }),
    )
    .map(([base, changes, dropped]) => {
      const body: Record<string, unknown> = { ...base, ...changes };
      for (const k of dropped) delete body[k];
      return body;
    });
  const json = (value: unknown) => JSON.stringify(value) ?? '';
  return fc.oneof(
    { weight: 3, arbitrary: randomObject.map(json) },
    { weight: 4, arbitrary: mutated.map(json) },
    { weight: 1, arbitrary: fieldValue.map(json) },
    { weight: 2, arbitrary: brokenJson(mutated.map(json)) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', 'null', '[]', '{}', '{"a":1}{', '\ufeff{}') },
  );
}

export const contentType = fc.constantFrom(
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  null,
);

/** An id in a path: mostly ones that exist, else ones that do not or are not ids at all. */
export const idFrom = (existing: readonly number[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...existing).map(String) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 100_000, max: Number.MAX_SAFE_INTEGER }).map(String),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '0',
        '-1',
        'abc',
        '1e3',
        '1.5',
        '0x10',
        '99999999999999999999999',
        '%00',
        '%E2%82%AC',
        '%20',
        '@current',
      ),
    },
  );

/** A query string: list parameters with hostile values, or raw junk. Always without the leading "?". */
export const queryString = (params: readonly string[]) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .array(
          fc.tuple(
            fc.oneof(
              { weight: 4, arbitrary: fc.constantFrom(...params) },
              { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
            ),
            fc.oneof(
              weirdString,
              weirdNumber.map(String),
              fc.constantFrom('true', 'false', 'all', 'complete', 'paused', '-name', 'name', ''),
            ),
          ),
          { maxLength: 5 },
        )
        .map((pairs) => new URLSearchParams(pairs).toString()),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 8 }),
            fc.constantFrom('%', '%zz', '%E2%82', '&', '=', '==', '+', ';', '%00', '#'),
          ),
          { maxLength: 8 },
        )
        .map((parts) => parts.join('')),
    },
  );
