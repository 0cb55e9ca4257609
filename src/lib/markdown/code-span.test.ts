import { describe, expect, it } from 'vitest';
import { splitCodeSpans } from './code-span';
import { parseInline } from './parse-inline';

describe('splitCodeSpans', () => {
  it('splits a metric sentence into its words and its backticked names', () => {
    expect(splitCodeSpans('Mean total count of `purchase`, goal: increase')).toEqual([
      { kind: 'text', text: 'Mean total count of ' },
      { kind: 'code', text: 'purchase' },
      { kind: 'text', text: ', goal: increase' },
    ]);
  });

  it('keeps * and _ outside code as they are (names, not emphasis)', () => {
    expect(splitCodeSpans('sum of `$price_usd` on *all* events_today')).toEqual([
      { kind: 'text', text: 'sum of ' },
      { kind: 'code', text: '$price_usd' },
      { kind: 'text', text: ' on *all* events_today' },
    ]);
  });

  it('reads code spans by the same rule as the Markdown parser', () => {
    for (const source of ['``a ` b``', '`unclosed', '``', 'a `` b ` c', '` padded `']) {
      const fromMarkdown = parseInline(source).filter((part) => part.kind === 'code');
      const fromSplit = splitCodeSpans(source).filter((part) => part.kind === 'code');
      expect(fromSplit).toEqual(fromMarkdown);
    }
  });

  it('leaves an unmatched or empty run of backticks as text', () => {
    expect(splitCodeSpans('a `b')).toEqual([{ kind: 'text', text: 'a `b' }]);
    expect(splitCodeSpans('a `` b')).toEqual([{ kind: 'text', text: 'a `` b' }]);
  });
});
