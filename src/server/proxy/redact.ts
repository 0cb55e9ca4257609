const REDACTED = '[redacted]';

/**
 * The key as it may appear in text: literally, hex, percent-encoded, and base64 (standard and URL-safe) at
 * each of the three byte alignments it can have inside a longer encoded value, e.g. base64 of
 * "Bearer <key>": only the characters that depend on the key's bytes alone, so a match anywhere is found.
 */
export function encodedForms(key: string): string[] {
  const bytes = Buffer.from(key, 'utf8');
  const forms = new Set([key, encodeURIComponent(key), bytes.toString('hex')]);
  forms.add(bytes.toString('hex').toUpperCase());
  for (let offset = 0; offset < 3; offset++) {
    const padded = Buffer.concat([Buffer.alloc(offset), bytes]);
    const fullGroups = Math.floor(padded.length / 3) * 4;
    // Leading characters that also carry the padding's bits: 0, 2 or 3.
    const skip = [0, 2, 3][offset] as number;
    const core = padded.toString('base64').slice(skip, fullGroups);
    if (core.length >= 8) {
      forms.add(core);
      forms.add(core.replaceAll('+', '-').replaceAll('/', '_'));
    }
  }
  return [...forms].filter((form) => form.length > 0);
}

/** A string with every form of the key replaced; when only a decoding of it shows the key, all of it. */
function redactString(text: string, forms: readonly string[]): string {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
  const key = forms[0] as string;
  const escaped = out.includes('\\u') && unescapeUnicode(out).includes(key);
  const encoded = out.includes('%') && percentDecoded(out).includes(key);
  return escaped || encoded ? REDACTED : out;
}

const unescapeUnicode = (s: string) =>
  s.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function percentDecoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * A parsed JSON value with the key redacted from every string and property name. Parsing first has already
 * undone JSON's own \u escapes, so "\u0070hx_…" is caught as the literal key. Depth is bounded by the
 * caller (the body was checked before parsing).
 */
export function redactJson(value: unknown, forms: readonly string[]): unknown {
  if (typeof value === 'string') return redactString(value, forms);
  if (Array.isArray(value)) return value.map((item) => redactJson(item, forms));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [
        redactString(name, forms),
        redactJson(item, forms),
      ]),
    );
  }
  return value;
}
