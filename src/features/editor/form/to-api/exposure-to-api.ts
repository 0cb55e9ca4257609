import type { Experiment, PropertyFilter } from '@/shared';
import { setActionRef } from '../action-node';
import type { EditorValues } from '../editor-values';
import { rowsToProperties } from '../property-value';

type Json = Record<string, unknown>;
export const CUSTOM_EXPOSURE_KIND = 'ExperimentEventExposureConfig';
const ACTION_EXPOSURE_KIND = 'ActionsNode';

/**
 * An event (ExperimentEventExposureConfig) or an action (ActionsNode). Keys the form does not edit come back
 * from the original config while it stays the same kind; switching between event and action starts afresh.
 * The property rows were read from the original whatever its kind, so they keep its filters' extra keys.
 */
function exposureConfigToApi(values: EditorValues, original: Json | null | undefined): Json {
  const action = values.exposureAction;
  const kind = action ? ACTION_EXPOSURE_KIND : CUSTOM_EXPOSURE_KIND;
  // A config without a kind is an event config: PostHog's default kind.
  const sameKind = (original?.kind ?? CUSTOM_EXPOSURE_KIND) === kind;
  const out: Json = { ...(sameKind ? original : {}), kind };
  const properties = rowsToProperties(
    values.exposureProperties,
    (original?.properties as PropertyFilter[] | undefined) ?? [],
  );
  if (action) {
    setActionRef(out, action, sameKind ? (original ?? null) : null);
    // Optional on an ActionsNode: left out while it was out and no filter was added.
    if (properties.length > 0 || (sameKind && original?.properties != null)) {
      out.properties = properties;
    }
    return out;
  }
  out.event = values.exposureEvent.trim();
  out.properties = properties;
  return out;
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
