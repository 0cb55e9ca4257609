import { FLAG_KEY_MESSAGE, FLAG_KEY_PATTERN } from '../schemas/feature-flag';

/** Null when the key is valid, else the message PostHog gives. */
export function flagKeyProblem(key: string): string | null {
  if (!key) return 'This field may not be blank.';
  if (key.length > 400) return 'Ensure this field has no more than 400 characters.';
  return FLAG_KEY_PATTERN.test(key) ? null : FLAG_KEY_MESSAGE;
}

/** Suggest a flag key from an experiment name: "Checkout CTA (v2)" → "checkout-cta-v2". */
export function slugifyFlagKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 400);
}
