import { describe, expect, it } from 'vitest';
import {
  chanceToWinText,
  deltaWithEvidence,
  differenceText,
  exposuresText,
  pValueText,
  percentText,
} from './result-prose';

const nbsp = (text: string) => text.replace(/ %/g, '\u00a0%');

describe('result prose', () => {
  it.each<[string, string, string]>([
    ['a relative rise', differenceText(0.1124), '+11.2 %'],
    ['a relative fall, with a typographic minus', differenceText(-0.04), '−4 %'],
    ['a change that rounds to nothing', differenceText(-0.00004), '0 %'],
    ['an absolute difference, 3 significant digits', differenceText(0.25785, 'ABSOLUTE'), '+0.258'],
    ['a negative absolute difference', differenceText(-12.345, 'ABSOLUTE'), '−12.3'],
    ['a level', percentText(0.925), '92.5 %'],
    ['chance to win', chanceToWinText(0.64), '64 %'],
    ['chance to win near certainty', chanceToWinText(0.9995), '> 99.9 %'],
    ['chance to win near zero', chanceToWinText(0.0004), '< 0.1 %'],
    ['chance to win below 1 %', chanceToWinText(0.0056), '0.56 %'],
    ['a p-value', pValueText(0.042), 'p = 0.042'],
    ['a small p-value (PostHog’s 4 decimals)', pValueText(0.0031), 'p = 0.0031'],
    ['a tiny p-value', pValueText(0), 'p < 0.001'],
    ['one exposure', exposuresText(1), '1 exposure'],
    ['many exposures', exposuresText(12345), '12,345 exposures'],
    [
      'a delta without stats',
      deltaWithEvidence({
        key: 'test',
        delta: null,
        gain: null,
        interval: null,
        significant: false,
        outcome: 'none',
        chanceToWin: null,
        pValue: null,
      }),
      'no estimate',
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(nbsp(expected));
  });
});
