import { describe, expect, it } from 'vitest';
import { firstPlainLine, parseBlocks, parseInline } from './parse-markdown';

const description = `**Hypothesis:** Telling shoppers raises basket size.

### Variants
- \`control\` (50 %): Current experience
- \`progress-banner\` (50 %): Progress banner

1. first
2. second
Ship if it helps.`;

describe('parseBlocks', () => {
  it('splits a PM description into paragraphs, headings and lists', () => {
    expect(parseBlocks(description)).toEqual([
      { kind: 'paragraph', lines: ['**Hypothesis:** Telling shoppers raises basket size.'] },
      { kind: 'heading', text: 'Variants' },
      {
        kind: 'list',
        ordered: false,
        items: [
          '`control` (50 %): Current experience',
          '`progress-banner` (50 %): Progress banner',
        ],
      },
      { kind: 'list', ordered: true, items: ['first', 'second'] },
      { kind: 'paragraph', lines: ['Ship if it helps.'] },
    ]);
  });
});

describe('parseInline', () => {
  it('finds bold and code, and leaves everything else literal', () => {
    expect(parseInline('Ship if **AOV** rises; see `flag` <b>x</b>')).toEqual([
      { kind: 'text', text: 'Ship if ' },
      { kind: 'strong', text: 'AOV' },
      { kind: 'text', text: ' rises; see ' },
      { kind: 'code', text: 'flag' },
      { kind: 'text', text: ' <b>x</b>' },
    ]);
  });
});

describe('parseInline links', () => {
  it("turns [text](url) and bare addresses into links, keeping a sentence's full stop outside", () => {
    expect(
      parseInline('See [the spec](https://docs.example.com/a?b=1) or https://x.io/p.'),
    ).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'the spec', href: 'https://docs.example.com/a?b=1' },
      { kind: 'text', text: ' or ' },
      { kind: 'link', text: 'https://x.io/p', href: 'https://x.io/p' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('keeps balanced parentheses in an address and leaves an enclosing one as text', () => {
    const wiki = 'https://en.wikipedia.org/wiki/Foo_(bar)';
    expect(parseInline(`${wiki} and [wiki](${wiki}) (see https://x.io/a).`)).toEqual([
      { kind: 'link', text: wiki, href: wiki },
      { kind: 'text', text: ' and ' },
      { kind: 'link', text: 'wiki', href: wiki },
      { kind: 'text', text: ' (see ' },
      { kind: 'link', text: 'https://x.io/a', href: 'https://x.io/a' },
      { kind: 'text', text: ').' },
    ]);
  });

  it('links only to http(s) and mailto, so a description cannot run script', () => {
    expect(parseInline('[click](javascript:alert(1)) [mail](mailto:pm@example.com)')).toEqual([
      { kind: 'text', text: '[click](javascript:alert(1)) ' },
      { kind: 'link', text: 'mail', href: 'mailto:pm@example.com' },
    ]);
  });
});

describe('firstPlainLine', () => {
  it.each([
    [description, 'Hypothesis: Telling shoppers raises basket size.'],
    ['## Goal\nmore', 'Goal'],
    ['- `a` item', 'a item'],
    ['Read [the brief](https://example.com/brief) first', 'Read the brief first'],
    ['\n\n', null],
    [null, null],
  ])('summarises %j as %j', (source, expected) => {
    expect(firstPlainLine(source)).toBe(expected);
  });
});
