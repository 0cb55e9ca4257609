import { formatPValue } from './format';
import type { VariantInterpretation } from './interpret';
import type { DifferenceType } from './effect';
import type { MetricType } from '../schemas/metric';

/**
 * Results worded for people (a conclusion's reason, an editable comment): "+11.2 %", "chance to win
 * 99.8 %", "p = 0.0031" (PostHog's p-value format). One decimal without a trailing ".0", a typographic
 * minus, and a no-break space before "%" so a number never wraps away from its unit. Browser-safe: no
 * @stdlib.
 */

const NBSP = '\u00a0';
const MINUS = '\u2212';

/** 64 → "64", 11.24 → "11.2", 0.456 (with 2 decimals) → "0.46". */
function trimmed(value: number, decimals = 1): string {
  return String(Number(value.toFixed(decimals)));
}

function signed(text: string): string {
  if (text.startsWith('-')) return `${MINUS}${text.slice(1)}`;
  return Number(text) === 0 ? text : `+${text}`;
}

/** 0.95 → "95 %". */
export function percentText(fraction: number): string {
  return `${trimmed(fraction * 100)}${NBSP}%`;
}

/** A difference: "+11.2 %" for a relative one (a fraction), "+0.26" for an absolute one. */
export function differenceText(value: number, differenceType: DifferenceType = 'RELATIVE'): string {
  if (differenceType === 'ABSOLUTE') return signed(String(Number(value.toPrecision(3))));
  return `${signed(trimmed(value * 100))}${NBSP}%`;
}

/** PostHog's thresholds: "> 99.9 %", "< 0.1 %", two decimals below 1 %. */
export function chanceToWinText(chance: number): string {
  const percent = chance * 100;
  if (percent >= 99.9) return `> 99.9${NBSP}%`;
  if (percent <= 0.1) return `< 0.1${NBSP}%`;
  return `${trimmed(percent, percent < 1 ? 2 : 1)}${NBSP}%`;
}

/** "p = 0.0031", "p = 0.042", "p < 0.001" (an always-valid p-value can underflow to 0). */
export function pValueText(pValue: number): string {
  return pValue < 0.001 ? 'p < 0.001' : `p = ${formatPValue(pValue)}`;
}

/** "chance to win 99.8 %" or "p = 0.003"; null without stats. */
export function evidenceText(read: VariantInterpretation): string | null {
  if (read.chanceToWin !== null) return `chance to win ${chanceToWinText(read.chanceToWin)}`;
  if (read.pValue !== null) return pValueText(read.pValue);
  return null;
}

/** "+11.2 %, chance to win 99.8 %". */
export function deltaWithEvidence(read: VariantInterpretation, differenceType?: DifferenceType) {
  const delta = read.delta === null ? 'no estimate' : differenceText(read.delta, differenceType);
  const evidence = evidenceText(read);
  return evidence ? `${delta}, ${evidence}` : delta;
}

/** "1 exposure", "1,234 exposures". */
export function exposuresText(count: number): string {
  return `${count.toLocaleString('en-US')} exposure${count === 1 ? '' : 's'}`;
}

/**
 * Whom a metric counts per variant (its `number_of_samples`): the exposed people, except for retention,
 * which counts only those of them who then did its start event.
 */
export function samplesNoun(metricType: MetricType, count = 2): string {
  if (metricType === 'retention')
    return `${count === 1 ? 'person' : 'people'} who did the start event`;
  return `exposed ${count === 1 ? 'person' : 'people'}`;
}

/** "1,234 exposures", or for retention "1,234 people who did the start event". */
export function samplesText(count: number, metricType: MetricType): string {
  if (metricType !== 'retention') return exposuresText(count);
  return `${count.toLocaleString('en-US')} ${samplesNoun(metricType, count)}`;
}

/** What a metric counts as its events in the sentence "needs 5 …" (`sum`, for funnel and retention). */
export const METRIC_EVENTS: Record<MetricType, string> = {
  mean: 'events',
  ratio: 'events',
  funnel: 'conversions',
  retention: 'retained people',
};
