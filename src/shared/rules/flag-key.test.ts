import { describe, expect, it } from 'vitest';
import { flagKeyProblem, slugifyFlagKey } from './flag-key';

describe('flag keys', () => {
  it.each([
    ['checkout-cta', null],
    ['Checkout_CTA_2', null],
    ['', 'This field may not be blank.'],
    ['has space', 'Only letters, numbers, hyphens (-) & underscores (_) are allowed.'],
    ['émoji', 'Only letters, numbers, hyphens (-) & underscores (_) are allowed.'],
    ['x'.repeat(401), 'Ensure this field has no more than 400 characters.'],
  ])('%s → %s', (key, problem) => expect(flagKeyProblem(key)).toBe(problem));

  it.each([
    ['Checkout CTA (v2)', 'checkout-cta-v2'],
    ['  Prix réduit — été  ', 'prix-reduit-ete'],
    ['already-a_key', 'already-a_key'],
    ['!!!', ''],
  ])('slug of %j is %j', (name, slug) => {
    expect(slugifyFlagKey(name)).toBe(slug);
    if (slug) expect(flagKeyProblem(slug)).toBeNull();
  });
});
