import { useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ConclusionSuggestion } from '@/shared';
import type { EndFormContext, EndFormInput, EndFormOutput } from '../../utils/conclusion-form';

/** Whether the suggested conclusion is chosen for the PM (they can change it) or only shown. */
export function preselects(suggestion: ConclusionSuggestion): boolean {
  // Without statistics the data cannot say more than "too early": whether the experiment stopped early or
  // its data cannot be trusted is the PM's to say, so that suggestion is shown but not chosen for them.
  return suggestion.conclusion !== 'stopped_early';
}

/** What a suggestion fills in: the conclusion (when it pre-selects one) and the variant to ship. */
function suggestedValues(suggestion: ConclusionSuggestion, variantKeys: readonly string[]) {
  const ship = suggestion.variantToShip;
  return {
    conclusion: preselects(suggestion) ? suggestion.conclusion : '',
    variantKey: ship && variantKeys.includes(ship) ? ship : '',
  } as const;
}

type Filled = ReturnType<typeof suggestedValues>;

/**
 * Pre-selects the suggestion's conclusion and variant to ship where the person has not chosen yet. When the
 * suggestion changes (a metric that failed loads on Retry), a field still holding the earlier pre-selection
 * follows the new one: it was the console's choice, never the person's. Values are set without marking them
 * dirty, so the dialog can tell a pre-selection from a choice.
 */
export function usePreselectSuggestion(
  form: UseFormReturn<EndFormInput, EndFormContext, EndFormOutput>,
  suggestion: ConclusionSuggestion | null,
  variantKeys: readonly string[],
) {
  // The values filled in last; the suggestion is recomputed on every render, so compare what it fills.
  const filled = useRef<Filled | null>(null);
  useEffect(() => {
    if (!suggestion) return;
    const next = suggestedValues(suggestion, variantKeys);
    const before = filled.current;
    if (before?.conclusion === next.conclusion && before.variantKey === next.variantKey) return;
    filled.current = next;
    const current = form.getValues();
    const dirty = form.formState.dirtyFields;
    // Empty, or the earlier pre-selection left as it was: the console may still fill it.
    const open = (field: 'conclusion' | 'variantKey') =>
      current[field] === '' || (!dirty[field] && current[field] === before?.[field]);
    // After a failed submit the errors are showing: re-check so "Choose a conclusion." goes away.
    const options = { shouldValidate: form.formState.isSubmitted };
    if (open('conclusion') && current.conclusion !== next.conclusion) {
      form.setValue('conclusion', next.conclusion, options);
    }
    if (open('variantKey') && current.variantKey !== next.variantKey) {
      form.setValue('variantKey', next.variantKey, options);
    }
  }, [form, suggestion, variantKeys]);
}
