import {
  flagKeyProblem,
  MAX_VARIANTS,
  splitTotal,
  variantListProblem,
  type SplitVariant,
} from '@/shared';
import { MAX_METRICS_PER_KIND, type EditorValues, type SavedMetricKind } from './editor-values';
import { variantsToApi } from './to-api/parameters-to-api';

export interface EditorProblem {
  /** Form path, e.g. ['variants', 2, 'key'] or ['variants', 'root'] for the whole list. */
  path: (string | number)[];
  message: string;
}

/** Every property filter row needs a key; `path` is the list's form path. */
export function propertyFilterProblems(
  properties: readonly { key: string }[],
  path: readonly (string | number)[],
): EditorProblem[] {
  return properties.flatMap((property, index) =>
    property.key.trim() ? [] : [{ path: [...path, index, 'key'], message: 'Name the property.' }],
  );
}

const asSplit = (values: EditorValues): SplitVariant[] =>
  values.variants.map((v) => ({ key: v.key, split_percent: v.percent }));

/** The variant list as PostHog checks it, worded for the split editor. */
function variantProblems(values: EditorValues): EditorProblem[] {
  const problems: EditorProblem[] = [];
  const root = (message: string) => problems.push({ path: ['variants', 'root'], message });
  const seen = new Map<string, number>();
  values.variants.forEach((variant, index) => {
    const key = variant.key.trim();
    if (key && seen.has(key)) {
      problems.push({
        path: ['variants', index, 'key'],
        message: 'Each variant needs its own key.',
      });
    }
    seen.set(key, index);
  });
  const count = values.variants.length;
  if (count < 2) root('An experiment needs at least two variants: control and one test variant.');
  else if (count > MAX_VARIANTS) root(`An experiment can have at most ${MAX_VARIANTS} variants.`);
  else if (!seen.has('control')) root('One variant must have the key “control”: the baseline.');
  const total = splitTotal(asSplit(values));
  if (total !== 100) root(`The split adds up to ${total}%; it must be exactly 100%.`);
  // Anything else PostHog would refuse, in PostHog's words (the friendlier checks above come first).
  if (problems.length === 0) {
    const posthog = variantListProblem(variantsToApi(values.variants, []));
    if (posthog) root(posthog);
  }
  return problems;
}

/**
 * Only the count is checked here. Each metric's shape is checked where it is built (the metric dialog) and
 * on the request body when a list is actually sent, so a metric PostHog wrote in a shape newer than ours
 * never blocks saving an unrelated field.
 */
function metricProblems(values: EditorValues, kind: SavedMetricKind): EditorProblem[] {
  const list = kind === 'primary' ? 'primaryMetrics' : 'secondaryMetrics';
  const problems: EditorProblem[] = [];
  const shared = values.savedMetrics.filter((link) => link.type === kind).length;
  if (values[list].length + shared > MAX_METRICS_PER_KIND) {
    problems.push({
      path: [list, 'root'],
      message: `Use at most ${MAX_METRICS_PER_KIND} ${kind} metrics, shared ones included.`,
    });
  }
  return problems;
}

/**
 * Rules across fields, run in the browser before anything is sent. The decisions come from the shared
 * rules the server uses; only the wording is the editor's.
 */
export function editorProblems(values: EditorValues): EditorProblem[] {
  const problems: EditorProblem[] = [];
  const flagKey = flagKeyProblem(values.featureFlagKey.trim());
  if (flagKey) {
    problems.push({
      path: ['featureFlagKey'],
      message: values.featureFlagKey.trim() ? flagKey : 'Give the feature flag a key.',
    });
  }
  problems.push(...variantProblems(values));
  if (values.customExposure && !values.exposureEvent.trim() && !values.exposureAction) {
    problems.push({
      path: ['exposureEvent'],
      message: 'Choose the event or action that counts as exposure.',
    });
  }
  if (values.customExposure)
    problems.push(...propertyFilterProblems(values.exposureProperties, ['exposureProperties']));
  if (
    values.startDate &&
    values.endDate &&
    new Date(values.endDate).getTime() <= new Date(values.startDate).getTime()
  ) {
    problems.push({ path: ['endDate'], message: 'End date must be after start date' });
  }
  problems.push(...metricProblems(values, 'primary'), ...metricProblems(values, 'secondary'));
  return problems;
}
