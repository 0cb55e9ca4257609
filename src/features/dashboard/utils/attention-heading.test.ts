import { describe, expect, it } from 'vitest';
import { attentionHeading, type AttentionScope, type AttentionSummary } from './attention-heading';

const NO_FILTERS: AttentionScope = { search: '', archived: false, byCreator: false };
const found = (count: number, matched = 40, capped = false): AttentionSummary => ({
  count,
  matched,
  capped,
});

describe('attentionHeading', () => {
  it.each<[string, AttentionSummary, Partial<AttentionScope>, string]>([
    ['some need a decision', found(3), {}, '3 experiments need a decision'],
    ['one needs a decision', found(1), {}, '1 experiment needs a decision'],
    ['not every candidate was read', found(12, 500, true), {}, '12+ experiments need a decision'],
    ['archived only', found(2), { archived: true }, '2 archived experiments need a decision'],
    ['nothing, without filters', found(0), {}, 'Nothing needs a decision right now'],
    [
      'a search that matches nothing',
      found(0, 0),
      { search: 'zzz' },
      'No experiment name contains “zzz”',
    ],
    [
      'a search that matches fine experiments only',
      found(0, 4),
      { search: 'checkout' },
      'None of the 4 experiments whose name contains “checkout” needs a decision',
    ],
    [
      'a search that matches one fine experiment',
      found(0, 1),
      { search: 'checkout' },
      'The one experiment whose name contains “checkout” needs no decision',
    ],
    [
      'a search and a creator',
      found(0, 0),
      { search: 'zzz', byCreator: true },
      'No experiment name contains “zzz” by this creator',
    ],
    [
      'a creator with no experiments',
      found(0, 0),
      { byCreator: true },
      'No experiment by this creator',
    ],
    ['archived only, none archived', found(0, 0), { archived: true }, 'No archived experiments'],
    [
      'archived only, all of them fine',
      found(0, 7),
      { archived: true },
      'None of the 7 archived experiments needs a decision',
    ],
  ])('%s', (_name, summary, scope, expected) => {
    expect(attentionHeading(summary, { ...NO_FILTERS, ...scope })).toBe(expected);
  });
});
