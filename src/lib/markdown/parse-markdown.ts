/**
 * The light entry for callers that need inline Markdown or a one-line summary (the dashboard, metric
 * sentences); the block parser and renderer live in parse-blocks.ts and markdown-text.tsx.
 */
import { parseInline, plainText } from './parse-inline';

export { parseInline, plainText, type Inline } from './parse-inline';

// Block marks a summary line drops: heading #, list bullet or number, quote >.
const LINE_MARKS = /^\s*(?:#{1,6}\s+|[-*+]\s+|\d{1,9}[.)]\s+|>\s?)*/;
// Lines that carry no words of their own: code fences, rules, a table's |---| row.
const WORDLESS = /^\s*(?:`{3,}|~{3,}|(?:[-*_]\s*){3,}$|\|?[\s:|-]*-[\s:|-]*$)/;

/** The first line of text without its Markdown marks: a one-line summary for tables. */
export function firstPlainLine(source: string | null | undefined): string | null {
  // Only the first line with words is shown: parse just it (this runs for every row of the dashboard, and
  // descriptions can be long).
  const line = source?.split(/\r\n?|\n/).find((text) => text.trim() && !WORDLESS.test(text));
  if (!line) return null;
  const words = plainText(parseInline(line.replace(LINE_MARKS, '').trim()));
  return words.trim() || null;
}

/** A whole text without its Markdown marks, for a tooltip or an accessible name. */
export function markdownToPlainText(source: string): string {
  return source
    .split(/\r\n?|\n/)
    .filter((line) => !WORDLESS.test(line))
    .map((line) => plainText(parseInline(line.replace(LINE_MARKS, ''))))
    .join('\n')
    .trim();
}
