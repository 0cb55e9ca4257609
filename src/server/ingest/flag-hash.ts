import { hash } from 'node:crypto';

// PostHog divides the first 15 hex digits of the sha1 by this. It is above 2^53 and rounds to 2^60 as a
// double, exactly as in posthog-node's local evaluation (@posthog/core getFeatureFlagHash): keep it a
// number, or assignments drift from PostHog's at the last bit.
// eslint-disable-next-line no-loss-of-precision
const LONG_SCALE = 0xfffffffffffffff;

function hashToUnit(text: string): number {
  // The one-shot hash(): about a third of createHash().update().digest() for texts this short.
  const hex = hash('sha1', text, 'hex');
  return parseInt(hex.slice(0, 15), 16) / LONG_SCALE;
}

/**
 * Where a person falls in [0, 1) for a flag: sha1(`${key}.${distinctId}${salt}`). Salt '' decides the
 * rollout, 'variant' the variant (PostHog's FeatureFlagMatcher.get_hash).
 */
export function flagHash(flagKey: string, distinctId: string, salt = ''): number {
  return hashToUnit(`${flagKey}.${distinctId}${salt}`);
}

/**
 * The holdout hash, keyed on the person alone (`holdout-${distinctId}`), so one holdout holds out the same
 * people from every experiment that uses it (PostHog's get_holdout_hash).
 */
export function holdoutHash(distinctId: string): number {
  return hashToUnit(`holdout-${distinctId}`);
}
