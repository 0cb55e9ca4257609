import type { Inline } from './parse-inline';

/** A token read at a position: what it parses to and where the text after it starts. */
export interface Match {
  parts: Inline[];
  end: number;
}

export function literal(text: string, start: number): Match {
  return { parts: [{ kind: 'text', text }], end: start + text.length };
}

/** `code`, or ``code with a ` inside``: the closing run must be as long as the opening one. */
export function codeSpan(source: string, start: number): Match {
  const run = /^`+/.exec(source.slice(start))![0];
  let search = start + run.length;
  while (search < source.length) {
    const close = source.indexOf(run, search);
    if (close === -1) break;
    const after = close + run.length;
    if (source[after] === '`') {
      search = after + /^`+/.exec(source.slice(after))![0].length;
      continue;
    }
    let code = source.slice(start + run.length, close);
    if (/^ .*[^ ].* $/s.test(code)) code = code.slice(1, -1);
    return code ? { parts: [{ kind: 'code', text: code }], end: after } : literal(run, start);
  }
  // An unmatched run is text as a whole, so a later shorter run cannot pair with part of it.
  return literal(run, start);
}

/**
 * Only the code spans of a text, the rest left as it is: for sentences whose `backticked` parts are names
 * (metric sentences, event names), where a * or _ is part of a name, not emphasis. Light enough for a first
 * view that has no other Markdown.
 */
export function splitCodeSpans(source: string): { kind: 'text' | 'code'; text: string }[] {
  const parts: { kind: 'text' | 'code'; text: string }[] = [];
  let text = '';
  let index = 0;
  while (index < source.length) {
    if (source[index] !== '`') {
      text += source[index];
      index += 1;
      continue;
    }
    const match = codeSpan(source, index);
    const [part] = match.parts;
    if (part?.kind === 'code') {
      if (text) parts.push({ kind: 'text', text });
      text = '';
      parts.push({ kind: 'code', text: part.text });
    } else {
      text += source.slice(index, match.end);
    }
    index = match.end;
  }
  if (text) parts.push({ kind: 'text', text });
  return parts;
}
