/**
 * Block Markdown as PMs write it in descriptions and conclusion comments: headings, paragraphs, bullet and
 * numbered lists (nested by indenting), fenced code, block quotes, GFM tables and rules. Text inside
 * blocks stays raw here; the renderer parses it with parseInline. Raw HTML is never interpreted.
 */
export type Align = 'left' | 'center' | 'right' | null;

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'code'; language: string; text: string }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'table'; align: Align[]; head: string[]; rows: string[][] }
  | { kind: 'rule' };

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^( {0,3})(`{3,}|~{3,})[ \t]*([^`\s]*)/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}>[ \t]?(.*)$/;
const LIST_ITEM = /^( *)([-*+]|(\d{1,9})[.)])[ \t]+(\S.*)$/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

export function parseBlocks(source: string): Block[] {
  return new BlockReader(source.replace(/\r\n?/g, '\n').split('\n')).blocks();
}

class BlockReader {
  private index = 0;
  constructor(private readonly lines: string[]) {}

  blocks(): Block[] {
    const blocks: Block[] = [];
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      if (!line.trim()) this.index += 1;
      else blocks.push(this.block(line));
    }
    return blocks;
  }

  private block(line: string): Block {
    const fence = FENCE.exec(line);
    if (fence) return this.code(fence);
    const heading = HEADING.exec(line);
    if (heading) {
      this.index += 1;
      return { kind: 'heading', level: heading[1]!.length, text: heading[2]?.trim() ?? '' };
    }
    if (RULE.test(line)) {
      this.index += 1;
      return { kind: 'rule' };
    }
    if (QUOTE.test(line)) return this.quote();
    const item = LIST_ITEM.exec(line);
    if (item) return this.list(item);
    if (this.startsTable()) return this.table();
    return this.paragraph();
  }

  private code(fence: RegExpExecArray): Block {
    const [, indent = '', marks = '', language = ''] = fence;
    const closing = new RegExp(`^ {0,3}${marks[0] === '`' ? '`' : '~'}{${marks.length},}[ \\t]*$`);
    const text: string[] = [];
    this.index += 1;
    while (this.index < this.lines.length && !closing.test(this.lines[this.index]!)) {
      // The fence's own indentation is not part of the code.
      text.push(this.lines[this.index]!.replace(new RegExp(`^ {0,${indent.length}}`), ''));
      this.index += 1;
    }
    this.index += 1;
    return { kind: 'code', language, text: text.join('\n') };
  }

  private quote(): Block {
    const inner: string[] = [];
    let quoted: RegExpExecArray | null;
    while (this.index < this.lines.length && (quoted = QUOTE.exec(this.lines[this.index]!))) {
      inner.push(quoted[1]!);
      this.index += 1;
    }
    return { kind: 'quote', blocks: parseBlocks(inner.join('\n')) };
  }

  /**
   * Items of one kind (bullets, or numbers) at one indentation. A line indented past the marker belongs to
   * the item (a nested list, a second paragraph); an unindented line of text ends the list.
   */
  private list(first: RegExpExecArray): Block {
    const ordered = first[3] !== undefined;
    const markerIndent = first[1]!.length;
    const items: string[][] = [];
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      const item = LIST_ITEM.exec(line);
      const indent = /^ */.exec(line)![0].length;
      if (item && indent <= markerIndent + 1 && (item[3] !== undefined) === ordered) {
        items.push([item[4]!]);
      } else if (item && indent <= markerIndent + 1) {
        break;
      } else if (!line.trim()) {
        const next = this.lines.slice(this.index + 1).find((text) => text.trim());
        const continues =
          next !== undefined &&
          (/^ */.exec(next)![0].length >= markerIndent + 2 || LIST_ITEM.test(next));
        if (!continues) break;
        items.at(-1)!.push('');
      } else if (indent >= markerIndent + 2) {
        items.at(-1)!.push(line);
      } else {
        break;
      }
      this.index += 1;
    }
    return {
      kind: 'list',
      ordered,
      start: ordered ? Number(first[3]) : 1,
      items: items.map((lines) => parseBlocks(dedent(lines))),
    };
  }

  private startsTable(): boolean {
    const header = this.lines[this.index]!;
    const delimiter = this.lines[this.index + 1];
    return (
      header.includes('|') &&
      delimiter !== undefined &&
      TABLE_DELIMITER.test(delimiter) &&
      splitRow(header).length === splitRow(delimiter).length
    );
  }

  private table(): Block {
    const head = splitRow(this.lines[this.index]!);
    const align = splitRow(this.lines[this.index + 1]!).map(alignment);
    this.index += 2;
    const rows: string[][] = [];
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      if (!line.trim() || !line.includes('|')) break;
      const cells = splitRow(line);
      rows.push(head.map((_, column) => cells[column] ?? ''));
      this.index += 1;
    }
    return { kind: 'table', align, head, rows };
  }

  private paragraph(): Block {
    const lines: string[] = [];
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      const interrupts =
        FENCE.test(line) ||
        HEADING.test(line) ||
        RULE.test(line) ||
        QUOTE.test(line) ||
        interruptsAsList(line) ||
        this.startsTable();
      if (!line.trim() || (lines.length > 0 && interrupts)) break;
      lines.push(line.trim());
      this.index += 1;
    }
    return { kind: 'paragraph', lines };
  }
}

/** As in CommonMark, a numbered line interrupts a paragraph only as "1.": "2024. A year…" is text. */
function interruptsAsList(line: string): boolean {
  const item = LIST_ITEM.exec(line);
  return !!item && (item[3] === undefined || item[3] === '1');
}

/** An item's continuation lines, indented by whatever the writer used, brought back to the margin. */
function dedent(lines: string[]): string {
  const [first = '', ...rest] = lines;
  const indents = rest.filter((line) => line.trim()).map((line) => /^ */.exec(line)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return [first, ...rest.map((line) => line.slice(common))].join('\n');
}

/** Cells of `| a | b |`; a pipe inside a cell is written `\|`. */
function splitRow(line: string): string[] {
  const trimmed = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

function alignment(cell: string): Align {
  const left = cell.startsWith(':');
  const right = cell.endsWith(':');
  if (left && right) return 'center';
  if (right) return 'right';
  return left ? 'left' : null;
}
