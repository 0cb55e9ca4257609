import type { Conclusion } from '../schemas/experiment';
import type { ExperimentQueryResponse } from '../schemas/experiment-query';
import type { MetricType } from '../schemas/metric';
import type { VariantInterpretation } from '../stats/interpret';
import {
  metricResultSummary,
  readMetricResult,
  resultWording,
  type MetricReading,
  type ResultWording,
} from '../stats/metric-reading';
import {
  deltaWithEvidence,
  differenceText,
  evidenceText,
  samplesText,
} from '../stats/result-prose';

/**
 * A suggested conclusion for ending an experiment, from its primary metrics' results. PostHog leaves
 * concluding to people (results.md §4); this only proposes a conclusion, a variant to ship and a comment,
 * all of which the person edits. Goal-aware. Browser-safe: no @stdlib.
 */

export interface MetricEvidence {
  name: string;
  goal?: 'increase' | 'decrease' | null;
  metricType: MetricType;
  result: ExperimentQueryResponse | null;
}

export interface ConclusionSuggestion {
  conclusion: Conclusion;
  reason: string;
  variantToShip: string | null;
  /** A one-line comment summarising each primary metric's result. */
  summary: string;
}

export interface SuggestConclusionOptions {
  /** The experiment's stored stats_config: the interval level and difference type of the wording. */
  statsConfig?: unknown;
}

interface MetricRead extends MetricReading {
  metric: MetricEvidence;
}

interface Finding {
  metric: MetricRead;
  read: VariantInterpretation;
}

interface VariantTally {
  key: string;
  better: Finding[];
  worse: Finding[];
  tested: boolean;
}

function tallyVariants(metrics: MetricRead[]): VariantTally[] {
  const tallies = new Map<string, VariantTally>();
  for (const metric of metrics) {
    for (const { read } of metric.variants) {
      const tally = tallies.get(read.key) ?? {
        key: read.key,
        better: [],
        worse: [],
        tested: false,
      };
      tallies.set(read.key, tally);
      if (read.interval !== null) tally.tested = true;
      if (read.outcome === 'better') tally.better.push({ metric, read });
      if (read.outcome === 'worse') tally.worse.push({ metric, read });
    }
  }
  return [...tallies.values()];
}

/** Most metrics won first, then the largest goal-aware delta on the first metric any winner wins. */
function bestWinner(winners: VariantTally[]): VariantTally {
  const firstWon = winners.flatMap((w) => w.better)[0]?.metric;
  const deltaOnFirst = (w: VariantTally) => {
    const finding = w.better.find((f) => f.metric === firstWon);
    return finding ? (finding.read.gain ?? 0) : -Infinity;
  };
  return [...winners].sort(
    (a, b) => b.better.length - a.better.length || deltaOnFirst(b) - deltaOnFirst(a),
  )[0] as VariantTally;
}

function findingsText(findings: Finding[], wording: ResultWording): string {
  return findings
    .map((f) => `${f.metric.metric.name}: ${deltaWithEvidence(f.read, wording.differenceType)}`)
    .join('; on ');
}

function deltaOnly(findings: Finding[], wording: ResultWording): string {
  return findings
    .map(
      (f) =>
        `${f.metric.metric.name} (${differenceText(f.read.delta ?? 0, wording.differenceType)})`,
    )
    .join(' and ');
}

function noDifferenceText(metrics: MetricRead[], wording: ResultWording): string {
  return metrics
    .filter((m) => m.tested)
    .map((m) => {
      const tested = m.variants.filter((v) => v.read.interval !== null);
      if (tested.length === 1 && tested[0]) {
        return `${m.metric.name}: ${deltaWithEvidence(tested[0].read, wording.differenceType)}`;
      }
      const parts = tested.map(({ read }) => {
        const evidence = evidenceText(read);
        const delta = differenceText(read.delta ?? 0, wording.differenceType);
        return evidence ? `${read.key} ${delta} (${evidence})` : `${read.key} ${delta}`;
      });
      return `${m.metric.name}: ${parts.join(', ')}`;
    })
    .join('; ');
}

/**
 * Won: a variant significantly better on a primary metric and significantly worse on none (the best
 * such variant is shipped). Lost: every tested variant significantly worse. Stopped early: no primary
 * metric has statistics yet. Inconclusive: mixed signals, or nothing significant. Null when no primary
 * metric has a result.
 */
export function suggestConclusion(
  primary: MetricEvidence[],
  options: SuggestConclusionOptions = {},
): ConclusionSuggestion | null {
  const readings = primary.map((m) =>
    readMetricResult(m.result, m.goal ?? 'increase', m.metricType),
  );
  const metrics = primary.flatMap((metric, i) => {
    const reading = readings[i];
    return reading ? [{ ...reading, metric }] : [];
  });
  if (metrics.length === 0) return null;

  const wording = resultWording(options.statsConfig);
  const summary = primary
    .map((m, i) => metricResultSummary(m.name, readings[i] ?? null, wording))
    .join(' ');
  const suggest = (
    conclusion: Conclusion,
    reason: string,
    variantToShip: string | null = null,
  ) => ({
    conclusion,
    reason,
    variantToShip,
    summary,
  });
  const baselineKey = metrics[0]?.baseline.key ?? 'control';

  if (!metrics.some((m) => m.tested)) {
    const largest = metrics.reduce((most, m) => (m.samples > most.samples ? m : most));
    const counted = samplesText(largest.samples, largest.metricType);
    return suggest('stopped_early', `not enough data yet: ${counted}`);
  }

  const tallies = tallyVariants(metrics);
  const winners = tallies.filter((t) => t.better.length > 0 && t.worse.length === 0);
  if (winners.length > 0) {
    const best = bestWinner(winners);
    const others = winners.filter((w) => w !== best).map((w) => w.key);
    const also = others.length
      ? ` (${others.join(', ')} also beat${others.length === 1 ? 's' : ''} ${baselineKey})`
      : '';
    const reason = `${best.key} beats ${baselineKey} on ${findingsText(best.better, wording)}${also}`;
    return suggest('won', reason, best.key);
  }

  const mixed = tallies.filter((t) => t.better.length > 0 && t.worse.length > 0);
  if (mixed.length > 0) {
    const parts = mixed.map(
      (t) =>
        `${t.key} is better on ${deltaOnly(t.better, wording)} but worse on ${deltaOnly(t.worse, wording)}`,
    );
    return suggest('inconclusive', `mixed signals: ${parts.join('; ')}`);
  }

  const tested = tallies.filter((t) => t.tested);
  const losers = tested.filter((t) => t.worse.length > 0);
  const loserText = (t: VariantTally) => `${t.key} on ${findingsText(t.worse, wording)}`;
  if (losers.length === tested.length) {
    const reason =
      losers.length === 1 && losers[0]
        ? `${losers[0].key} loses to ${baselineKey} on ${findingsText(losers[0].worse, wording)}`
        : `every variant loses to ${baselineKey}: ${losers.map(loserText).join('; ')}`;
    return suggest('lost', reason);
  }
  if (losers.length > 0) {
    const reason = `no variant beats ${baselineKey}; worse: ${losers.map(loserText).join('; ')}; no significant difference otherwise`;
    return suggest('inconclusive', reason);
  }
  return suggest(
    'inconclusive',
    `no significant difference on ${noDifferenceText(metrics, wording)}`,
  );
}
