import { codeSpan, literal, type Match } from './code-span';

/**
 * Inline Markdown (CommonMark's common part plus GFM strikethrough): **strong**, *emphasis*, ~~strike~~,
 * `code`, [links](https://…), <https://…> and bare http(s) addresses, and backslash escapes. Parsed to data,
 * never to HTML, so text cannot inject markup; raw HTML stays literal text. Only http(s) and mailto
 * addresses become links (never `javascript:`).
 *
 * Every part carries `text`, its plain words, so a caller that only wants code spans (metric sentences)
 * or a one-line summary can ignore the nesting.
 */
export type Inline =
  | { kind: 'text' | 'code'; text: string }
  | { kind: 'strong' | 'emphasis' | 'strike'; text: string; children: Inline[] }
  | { kind: 'link'; text: string; href: string; children: Inline[] };

type Wrapper = 'strong' | 'emphasis' | 'strike';

export const SAFE_HREF = /^(https?:\/\/|mailto:)/i;
// An address may hold balanced parentheses (Wikipedia's "Foo_(bar)"); an unbalanced one ends it, so
// "(see https://x.io/a)" keeps its closing parenthesis as text.
const ADDRESS = String.raw`(?:[^\s<>()]|\([^\s<>()]*\))+`;
const BARE_ADDRESS = new RegExp(String.raw`^https?:\/\/${ADDRESS}`);
const LINK_TARGET = new RegExp(String.raw`^\(\s*(<[^<>\n]*>|${ADDRESS})(?:\s+"[^"\n]*")?\s*\)`);
const AUTOLINK = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/i;
/** A sentence's full stop or comma after a bare address belongs to the sentence, not the address. */
const TRAILING_PUNCTUATION = /[.,;:!?'"]+$/;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function parseInline(source: string, insideLink = false): Inline[] {
  const parts: Inline[] = [];
  let text = '';
  let index = 0;
  while (index < source.length) {
    const char = source[index]!;
    if (char === '\\' && ESCAPABLE.test(source[index + 1] ?? '')) {
      text += source[index + 1];
      index += 2;
      continue;
    }
    const match = readToken(source, index, insideLink);
    if (match) {
      if (text) parts.push({ kind: 'text', text });
      text = '';
      parts.push(...match.parts);
      index = match.end;
    } else {
      text += char;
      index += 1;
    }
  }
  if (text) parts.push({ kind: 'text', text });
  return mergeText(parts);
}

function readToken(source: string, start: number, insideLink: boolean): Match | null {
  const char = source[start]!;
  if (char === '`') return codeSpan(source, start);
  if (char === '*' || char === '_') return emphasis(source, start, char, insideLink);
  if (char === '~' && source[start + 1] === '~') {
    return wrapped(source, start, '~~', 'strike', insideLink);
  }
  if (insideLink) return null;
  if (char === '[') return link(source, start);
  if (char === '<') return autolink(source, start);
  if (char === 'h' && !WORD_CHAR.test(source[start - 1] ?? '')) return bareAddress(source, start);
  return null;
}

function emphasis(
  source: string,
  start: number,
  char: '*' | '_',
  insideLink: boolean,
): Match | null {
  // An underscore inside a word (snake_case_names) is not emphasis.
  if (char === '_' && WORD_CHAR.test(source[start - 1] ?? '')) return null;
  if (source[start + 1] === char) {
    return (
      wrapped(source, start, char + char, 'strong', insideLink) ??
      wrapped(source, start, char, 'emphasis', insideLink)
    );
  }
  return wrapped(source, start, char, 'emphasis', insideLink);
}

/**
 * `delimiter` text `delimiter`: the opener is followed by a non-space, the closer preceded by one. A closer
 * is the end of a run of delimiter characters, so `***both***` is emphasis inside strong, and a single `*`
 * skips over the `**` pairs of a strong part inside it.
 */
function wrapped(
  source: string,
  start: number,
  delimiter: string,
  kind: Wrapper,
  insideLink: boolean,
): Match | null {
  const char = delimiter[0]!;
  const contentStart = start + delimiter.length;
  if (/^\s|^$/.test(source.slice(contentStart, contentStart + 1))) return null;
  let search = contentStart + 1;
  while (search < source.length) {
    const found = source.indexOf(char, search);
    if (found === -1) return null;
    const runLength = /^(.)\1*/.exec(source.slice(found))![0].length;
    const runEnd = found + runLength;
    search = runEnd;
    if (runLength < delimiter.length) continue;
    if (delimiter.length === 1 && runLength === 2) continue;
    const close = runEnd - delimiter.length;
    if (/\s/.test(source[close - 1] ?? ' ')) continue;
    if (char === '_' && WORD_CHAR.test(source[runEnd] ?? '')) continue;
    const inner = source.slice(contentStart, close);
    const children = parseInline(inner, insideLink);
    return { parts: [{ kind, text: plainText(children), children }], end: runEnd };
  }
  return null;
}

function link(source: string, start: number): Match | null {
  const labelEnd = closingBracket(source, start);
  if (labelEnd === -1) return null;
  const target = LINK_TARGET.exec(source.slice(labelEnd + 1));
  if (!target) return null;
  const end = labelEnd + 1 + target[0].length;
  const href = target[1]!.replace(/^<|>$/g, '');
  const label = source.slice(start + 1, labelEnd);
  // A refused link stays visible as what was written, so nothing silently disappears.
  if (!SAFE_HREF.test(href)) return literal(source.slice(start, end), start);
  const children = parseInline(label, true);
  return { parts: [{ kind: 'link', text: plainText(children), href, children }], end };
}

function closingBracket(source: string, open: number): number {
  let depth = 0;
  for (let index = open; index < source.length; index += 1) {
    const char = source[index];
    if (char === '\\') index += 1;
    else if (char === '[') depth += 1;
    else if (char === ']' && --depth === 0) return index;
  }
  return -1;
}

function autolink(source: string, start: number): Match | null {
  const found = AUTOLINK.exec(source.slice(start));
  if (!found) return null;
  const href = found[1]!;
  const text = href.replace(/^mailto:/i, '');
  return {
    parts: [{ kind: 'link', text, href, children: [{ kind: 'text', text }] }],
    end: start + found[0].length,
  };
}

function bareAddress(source: string, start: number): Match | null {
  const found = BARE_ADDRESS.exec(source.slice(start));
  if (!found) return null;
  const tail = TRAILING_PUNCTUATION.exec(found[0])?.[0] ?? '';
  const href = found[0].slice(0, found[0].length - tail.length);
  return {
    parts: [{ kind: 'link', text: href, href, children: [{ kind: 'text', text: href }] }],
    end: start + href.length,
  };
}

/** Neighbouring plain text (e.g. a refused link beside a sentence) becomes one part again. */
function mergeText(parts: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (part.kind === 'text' && last?.kind === 'text') last.text += part.text;
    else merged.push(part.kind === 'text' ? { ...part } : part);
  }
  return merged;
}

/** The words of inline Markdown without its marks. */
export function plainText(parts: readonly Inline[]): string {
  return parts.map((part) => part.text).join('');
}
