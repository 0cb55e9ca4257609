import { describe, expect, it } from 'vitest';
import { parseInline, plainText, type Inline } from './parse-inline';

const text = (value: string): Inline => ({ kind: 'text', text: value });
const wrap = (kind: 'strong' | 'emphasis' | 'strike', ...children: Inline[]): Inline => ({
  kind,
  text: plainText(children),
  children,
});
const link = (href: string, ...children: Inline[]): Inline => ({
  kind: 'link',
  href,
  text: plainText(children),
  children,
});

describe('parseInline', () => {
  it('finds bold, italics, strikethrough and code, and leaves HTML literal', () => {
    expect(parseInline('Ship if **AOV** rises, *not* ~~drops~~; see `flag` <b>x</b>')).toEqual([
      text('Ship if '),
      wrap('strong', text('AOV')),
      text(' rises, '),
      wrap('emphasis', text('not')),
      text(' '),
      wrap('strike', text('drops')),
      text('; see '),
      { kind: 'code', text: 'flag' },
      text(' <b>x</b>'),
    ]);
  });

  it.each<[string, Inline[]]>([
    [
      '__bold__ and _it_',
      [wrap('strong', text('bold')), text(' and '), wrap('emphasis', text('it'))],
    ],
    ['***both***', [wrap('strong', wrap('emphasis', text('both')))]],
    ['*a **b** c*', [wrap('emphasis', text('a '), wrap('strong', text('b')), text(' c'))]],
    ['**[docs](https://d.io)**', [wrap('strong', link('https://d.io', text('docs')))]],
    [
      '[**bold** link](https://d.io)',
      [link('https://d.io', wrap('strong', text('bold')), text(' link'))],
    ],
  ])('nests %j', (source, expected) => {
    expect(parseInline(source)).toEqual(expected);
  });

  it.each([
    ['snake_case_name and file_name.ts'],
    ['2 * 3 * 4'],
    ['a ** b ** c'],
    ['**unclosed'],
    ['price $5_000'],
  ])('keeps %j literal', (source) => {
    expect(parseInline(source)).toEqual([text(source)]);
  });

  it('honours backslash escapes', () => {
    expect(parseInline(String.raw`\*not italic\* and \`tick\``)).toEqual([
      text('*not italic* and `tick`'),
    ]);
  });

  it('reads code spans literally, with double backticks around a backtick', () => {
    expect(parseInline('`**x**` and `` a`b ``')).toEqual([
      { kind: 'code', text: '**x**' },
      text(' and '),
      { kind: 'code', text: 'a`b' },
    ]);
    expect(parseInline('a ``b` c')).toEqual([text('a ``b` c')]);
  });
});

describe('parseInline links', () => {
  it("turns [text](url), <url> and bare addresses into links, keeping a sentence's full stop outside", () => {
    expect(
      parseInline(
        'See [the spec](https://docs.example.com/a?b=1 "Spec"), <https://a.io> or https://x.io/p.',
      ),
    ).toEqual([
      text('See '),
      link('https://docs.example.com/a?b=1', text('the spec')),
      text(', '),
      link('https://a.io', text('https://a.io')),
      text(' or '),
      link('https://x.io/p', text('https://x.io/p')),
      text('.'),
    ]);
  });

  it('keeps balanced parentheses in an address and leaves an enclosing one as text', () => {
    const wiki = 'https://en.wikipedia.org/wiki/Foo_(bar)';
    expect(parseInline(`${wiki} and [wiki](${wiki}) (see https://x.io/a).`)).toEqual([
      link(wiki, text(wiki)),
      text(' and '),
      link(wiki, text('wiki')),
      text(' (see '),
      link('https://x.io/a', text('https://x.io/a')),
      text(').'),
    ]);
  });

  it('links only to http(s) and mailto, so written text cannot run script', () => {
    expect(
      parseInline(
        '[click](javascript:alert(1)) [x](data:text/html,hi) <javascript:x> [mail](mailto:pm@example.com)',
      ),
    ).toEqual([
      text('[click](javascript:alert(1)) [x](data:text/html,hi) <javascript:x> '),
      link('mailto:pm@example.com', text('mail')),
    ]);
  });

  it('does not put a link inside a link', () => {
    expect(parseInline('[see https://x.io](https://y.io)')).toEqual([
      link('https://y.io', text('see https://x.io')),
    ]);
  });
});
