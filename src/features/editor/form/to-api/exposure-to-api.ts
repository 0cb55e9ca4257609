import type { Experiment, PropertyFilter } from '@/shared';
import type { EditorValues, PropertyFilterValue } from '../editor-values';
import { propertyValueFromText, VALUELESS_OPERATORS } from '../property-value';

type Json = Record<string, unknown>;
export const CUSTOM_EXPOSURE_KIND = 'ExperimentEventExposureConfig';

function propertiesToApi(
  rows: readonly PropertyFilterValue[],
  originals: readonly PropertyFilter[],
) {
  return rows.map((row, index) => {
    const original = originals[index];
    const sameOperator = original?.operator === row.operator;
    return {
      ...original,
      key: row.key.trim(),
      operator: row.operator,
      value: VALUELESS_OPERATORS.has(row.operator)
        ? row.operator
        : propertyValueFromText(
            row.value,
            row.operator,
            sameOperator ? original?.value : undefined,
          ),
      type: original?.type ?? 'event',
    };
  });
}

function exposureConfigToApi(values: EditorValues, original: Json | null | undefined): Json {
  // An action-based exposure (set in PostHog) stays as it is until someone picks an event instead.
  if (original?.kind === 'ActionsNode' && !values.exposureEvent) return original;
  const base = original?.kind === 'ActionsNode' ? {} : original;
  return {
    ...base,
    kind: CUSTOM_EXPOSURE_KIND,
    event: values.exposureEvent.trim(),
    properties: propertiesToApi(
      values.exposureProperties,
      (original?.properties as PropertyFilter[] | undefined) ?? [],
    ),
  };
}

/**
 * Form → `exposure_criteria`. A key PostHog left out stays out while the form shows the value PostHog
 * assumes for it (test accounts not filtered, users in several variants excluded).
 */
export function exposureToApi(values: EditorValues, base: Experiment | undefined) {
  const original = base?.exposure_criteria;
  const out: Json = { ...original };
  if (!base || original?.filterTestAccounts != null || values.filterTestAccounts) {
    out.filterTestAccounts = values.filterTestAccounts;
  }
  if (values.customExposure) {
    out.exposure_config = exposureConfigToApi(values, original?.exposure_config);
  } else if (original?.exposure_config != null) {
    out.exposure_config = null;
  }
  if (original?.multiple_variant_handling != null || values.multipleVariantHandling !== 'exclude') {
    out.multiple_variant_handling = values.multipleVariantHandling;
  }
  if (base && original == null && Object.keys(out).length === 0) return original;
  return out;
}
