/**
 * The small Markdown subset people write in experiment descriptions (PostHog renders them as Markdown):
 * headings, bullet and numbered lists, paragraphs, **bold**, `code`, [links](https://…) and bare
 * http(s) addresses. Anything else stays literal text. Parsed to data, never to HTML, so a description can
 * not inject markup, and only http(s) and mailto addresses become links (never `javascript:`).
 */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'paragraph'; lines: string[] };

export type Inline =
  { kind: 'text' | 'strong' | 'code'; text: string } | { kind: 'link'; text: string; href: string };

const HEADING = /^#{1,6}\s+(.*)$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

export function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = HEADING.exec(line);
    const item = BULLET.exec(line) ?? NUMBERED.exec(line);
    if (!line.trim()) {
      current = null;
    } else if (heading) {
      blocks.push({ kind: 'heading', text: heading[1]!.trim() });
      current = null;
    } else if (item) {
      const ordered = !BULLET.test(line);
      if (current?.kind !== 'list' || current.ordered !== ordered) {
        current = { kind: 'list', ordered, items: [] };
        blocks.push(current);
      }
      current.items.push(item[1]!.trim());
    } else if (current?.kind === 'paragraph') {
      current.lines.push(line.trim());
    } else {
      current = { kind: 'paragraph', lines: [line.trim()] };
      blocks.push(current);
    }
  }
  return blocks;
}

// An address may hold balanced parentheses (Wikipedia's "Foo_(bar)"); an unbalanced one ends it, so
// "(see https://x.io/a)" keeps its closing parenthesis as text.
const ADDRESS_CHARS = String.raw`(?:[^\s<>()]|\([^\s<>()]*\))+`;
const INLINE_TOKEN = new RegExp(
  String.raw`(\*\*[^*]+\*\*|__[^_]+__|` +
    '`[^`]+`' +
    String.raw`|\[[^\]]+\]\(${ADDRESS_CHARS}\)|https?:\/\/${ADDRESS_CHARS})`,
);
const LINK = new RegExp(String.raw`^\[([^\]]+)\]\((${ADDRESS_CHARS})\)$`);
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;
/** A sentence's full stop or comma after a bare address belongs to the sentence, not the address. */
const TRAILING_PUNCTUATION = /[.,;:!?'"]+$/;

export function parseInline(text: string): Inline[] {
  return mergeText(tokens(text));
}

function tokens(text: string): Inline[] {
  return text
    .split(INLINE_TOKEN)
    .filter(Boolean)
    .flatMap((part): Inline[] => {
      if (/^(\*\*|__).+\1$/.test(part)) return [{ kind: 'strong', text: part.slice(2, -2) }];
      if (/^`.+`$/.test(part)) return [{ kind: 'code', text: part.slice(1, -1) }];
      const link = LINK.exec(part);
      if (link) {
        const [, label = '', href = ''] = link;
        return SAFE_HREF.test(href)
          ? [{ kind: 'link', text: label, href }]
          : [{ kind: 'text', text: part }];
      }
      if (/^https?:\/\//.test(part)) {
        const tail = TRAILING_PUNCTUATION.exec(part)?.[0] ?? '';
        const href = part.slice(0, part.length - tail.length);
        return [
          { kind: 'link', text: href, href },
          ...(tail ? [{ kind: 'text' as const, text: tail }] : []),
        ];
      }
      return [{ kind: 'text', text: part }];
    });
}

/** Neighbouring plain text (e.g. a refused link beside a sentence) becomes one part again. */
function mergeText(parts: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (part.kind === 'text' && last?.kind === 'text') last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/** The first line of text without its Markdown marks: a one-line summary for tables. */
export function firstPlainLine(source: string | null | undefined): string | null {
  // The first block starts at the first non-blank line, and only that line is shown: parse just it (this
  // runs for every row of the dashboard, and descriptions can be long).
  const line = source?.split(/\r\n?|\n/).find((text) => text.trim());
  const first = line ? parseBlocks(line)[0] : undefined;
  if (!first) return null;
  const text =
    first.kind === 'heading'
      ? first.text
      : first.kind === 'list'
        ? first.items[0]!
        : first.lines[0]!;
  return parseInline(text)
    .map((part) => part.text)
    .join('');
}
