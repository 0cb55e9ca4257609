/**
 * The small Markdown subset people write in experiment descriptions (PostHog renders them as Markdown):
 * headings, bullet and numbered lists, paragraphs, **bold** and `code`. Anything else stays literal text.
 * Parsed to data, never to HTML, so a description can not inject markup.
 */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'paragraph'; lines: string[] };

export type Inline = { kind: 'text' | 'strong' | 'code'; text: string };

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

export function parseInline(text: string): Inline[] {
  return text
    .split(/(\*\*[^*]+\*\*|__[^_]+__|`[^`]+`)/)
    .filter(Boolean)
    .map((part): Inline => {
      if (/^(\*\*|__).+\1$/.test(part)) return { kind: 'strong', text: part.slice(2, -2) };
      if (/^`.+`$/.test(part)) return { kind: 'code', text: part.slice(1, -1) };
      return { kind: 'text', text: part };
    });
}

/** The first line of text without its Markdown marks: a one-line summary for tables. */
export function firstPlainLine(source: string | null | undefined): string | null {
  const first = source ? parseBlocks(source)[0] : undefined;
  if (!first) return null;
  const line =
    first.kind === 'heading'
      ? first.text
      : first.kind === 'list'
        ? first.items[0]!
        : first.lines[0]!;
  return parseInline(line)
    .map((part) => part.text)
    .join('');
}
