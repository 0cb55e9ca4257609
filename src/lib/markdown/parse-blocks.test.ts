import { describe, expect, it } from 'vitest';
import { parseBlocks, type Block } from './parse-blocks';

const paragraph = (...lines: string[]): Block => ({ kind: 'paragraph', lines });

describe('parseBlocks', () => {
  it('splits a PM description into paragraphs, headings and lists', () => {
    const description = `**Hypothesis:** Telling shoppers raises basket size.

### Variants
- \`control\` (50 %): Current experience
- \`progress-banner\` (50 %): Progress banner

1. first
2. second
Ship if it helps.`;
    expect(parseBlocks(description)).toEqual([
      paragraph('**Hypothesis:** Telling shoppers raises basket size.'),
      { kind: 'heading', level: 3, text: 'Variants' },
      {
        kind: 'list',
        ordered: false,
        start: 1,
        items: [
          [paragraph('`control` (50 %): Current experience')],
          [paragraph('`progress-banner` (50 %): Progress banner')],
        ],
      },
      {
        kind: 'list',
        ordered: true,
        start: 1,
        items: [[paragraph('first')], [paragraph('second')]],
      },
      paragraph('Ship if it helps.'),
    ]);
  });

  it('nests an indented list inside its item and keeps a numbered list’s start', () => {
    expect(parseBlocks('3. parent\n   - child one\n   - child two\n4. next')).toEqual([
      {
        kind: 'list',
        ordered: true,
        start: 3,
        items: [
          [
            paragraph('parent'),
            {
              kind: 'list',
              ordered: false,
              start: 1,
              items: [[paragraph('child one')], [paragraph('child two')]],
            },
          ],
          [paragraph('next')],
        ],
      },
    ]);
  });

  it('keeps fenced code verbatim, Markdown and HTML included', () => {
    expect(
      parseBlocks('Before\n```ts\nconst a = **1**;\n\n<script>x</script>\n```\nAfter'),
    ).toEqual([
      paragraph('Before'),
      { kind: 'code', language: 'ts', text: 'const a = **1**;\n\n<script>x</script>' },
      paragraph('After'),
    ]);
  });

  it('runs an unclosed fence to the end rather than losing text', () => {
    expect(parseBlocks('~~~\nline')).toEqual([{ kind: 'code', language: '', text: 'line' }]);
  });

  it('reads GFM tables with alignment, escaped pipes and short rows', () => {
    expect(
      parseBlocks('| Variant | Share |\n|:--|--:|\n| `control` | 50 % |\n| a \\| b |\nafter'),
    ).toEqual([
      {
        kind: 'table',
        align: ['left', 'right'],
        head: ['Variant', 'Share'],
        rows: [
          ['`control`', '50 %'],
          ['a | b', ''],
        ],
      },
      paragraph('after'),
    ]);
  });

  it('reads block quotes (with their own blocks) and rules', () => {
    expect(parseBlocks('> Quoted **claim**\n> - with a list\n\n---\n#no-heading')).toEqual([
      {
        kind: 'quote',
        blocks: [
          paragraph('Quoted **claim**'),
          { kind: 'list', ordered: false, start: 1, items: [[paragraph('with a list')]] },
        ],
      },
      { kind: 'rule' },
      paragraph('#no-heading'),
    ]);
  });

  it('does not start a list at a year that begins a line', () => {
    expect(parseBlocks('Launched in\n2024. Then stopped.')).toEqual([
      paragraph('Launched in', '2024. Then stopped.'),
    ]);
  });
});
