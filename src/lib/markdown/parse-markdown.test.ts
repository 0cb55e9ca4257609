import { describe, expect, it } from 'vitest';
import { firstPlainLine, markdownToPlainText } from './parse-markdown';

describe('firstPlainLine', () => {
  it.each([
    [
      '**Hypothesis:** Telling shoppers *raise* basket size.\n\nmore',
      'Hypothesis: Telling shoppers raise basket size.',
    ],
    ['## Goal\nmore', 'Goal'],
    ['- `a` item', 'a item'],
    ['> quoted _claim_', 'quoted claim'],
    ['```\ncode first\n```', 'code first'],
    ['Read [the brief](https://example.com/brief) first', 'Read the brief first'],
    ['\n\n', null],
    [null, null],
  ])('summarises %j as %j', (source, expected) => {
    expect(firstPlainLine(source)).toBe(expected);
  });
});

describe('markdownToPlainText', () => {
  it('keeps the words and lines, drops the marks', () => {
    expect(markdownToPlainText('**Won**: see [the doc](https://d.io).\n- *one*\n---\n`two`')).toBe(
      'Won: see the doc.\none\ntwo',
    );
  });
});
