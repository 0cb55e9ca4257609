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

/**
 * Once, when the suggestion arrives: pre-selects its conclusion and its variant to ship, but only where the
 * person has not chosen yet. Values are set without marking them dirty, so the dialog can tell a
 * pre-selection from a choice.
 */
export function usePreselectSuggestion(
  form: UseFormReturn<EndFormInput, EndFormContext, EndFormOutput>,
  suggestion: ConclusionSuggestion | null,
  variantKeys: readonly string[],
) {
  const done = useRef(false);
  useEffect(() => {
    if (!suggestion || done.current) return;
    done.current = true;
    const { conclusion, variantKey } = form.getValues();
    // After a failed submit the errors are showing: re-check so "Choose a conclusion." goes away.
    const options = { shouldValidate: form.formState.isSubmitted };
    if (conclusion === '' && preselects(suggestion)) {
      form.setValue('conclusion', suggestion.conclusion, options);
    }
    const ship = suggestion.variantToShip;
    if (ship && variantKey === '' && variantKeys.includes(ship)) {
      form.setValue('variantKey', ship, options);
    }
  }, [form, suggestion, variantKeys]);
}
