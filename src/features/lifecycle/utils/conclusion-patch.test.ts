import { describe, expect, it } from 'vitest';
import { conclusionPatch } from './conclusion-patch';

const saved = { conclusion: 'won', conclusion_comment: 'Clear win.' };

describe('conclusionPatch', () => {
  it.each([
    ['nothing when nothing changed', { conclusion: 'won', comment: 'Clear win.' }, {}],
    [
      'the new conclusion only',
      { conclusion: 'lost', comment: 'Clear win.' },
      { conclusion: 'lost' },
    ],
    [
      'the new comment only',
      { conclusion: 'won', comment: 'Revised.' },
      { conclusion_comment: 'Revised.' },
    ],
    [
      'a cleared comment as null',
      { conclusion: 'won', comment: '   ' },
      { conclusion_comment: null },
    ],
  ] as const)('sends %s', (_name, values, body) => {
    expect(conclusionPatch(saved, values)).toEqual(body);
  });

  it('treats a missing saved comment like an empty one', () => {
    expect(conclusionPatch({ conclusion: null }, { conclusion: 'invalid', comment: '' })).toEqual({
      conclusion: 'invalid',
    });
  });
});
