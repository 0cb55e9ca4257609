import { describe, expect, it } from 'vitest';
import { ConclusionForm } from '@/features/experiments/utils/conclusion-fields';
import { crossFieldErrors, type EndFormInput } from './conclusion-form';

const valid: EndFormInput = {
  conclusion: 'won',
  comment: '',
  ship: false,
  variantKey: '',
  acknowledged: false,
};

describe('ConclusionForm', () => {
  it.each([
    ['no conclusion chosen', { conclusion: '' }, 'Choose a conclusion.'],
    [
      'a comment over 4000 characters',
      { comment: 'x'.repeat(4001) },
      'Keep the comment to 4000 characters or fewer.',
    ],
  ])('refuses %s', (_name, overrides, message) => {
    const result = ConclusionForm.safeParse({ ...valid, ...overrides });
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it('accepts a comment of exactly 4000 characters', () => {
    expect(ConclusionForm.safeParse({ ...valid, comment: 'x'.repeat(4000) }).success).toBe(true);
  });
});

describe('crossFieldErrors', () => {
  it.each<[string, Partial<EndFormInput>, boolean, string[]]>([
    ['nothing for a plain end', {}, false, []],
    ['a ship without a variant', { ship: true }, false, ['variantKey']],
    ['a chosen variant', { ship: true, variantKey: 'test' }, false, []],
    ['unacknowledged changes since launch', {}, true, ['acknowledged']],
    ['acknowledged changes', { acknowledged: true }, true, []],
  ])('finds %s', (_name, overrides, mustAcknowledge, fields) => {
    expect(Object.keys(crossFieldErrors({ ...valid, ...overrides }, { mustAcknowledge }))).toEqual(
      fields,
    );
  });
});
