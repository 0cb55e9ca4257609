import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { z } from 'zod/mini';
import { conclusionFields } from '@/features/experiments/utils/conclusion-fields';

export const EndForm = z.object({
  ...conclusionFields,
  ship: z.boolean(),
  variantKey: z.string(),
  acknowledged: z.boolean(),
});
export type EndFormInput = z.input<typeof EndForm>;
export type EndFormOutput = z.output<typeof EndForm>;

export interface EndFormContext {
  /** Changes since launch were found: ending needs the PM to acknowledge them. */
  mustAcknowledge: boolean;
}

const resolveEndForm = zodResolver(EndForm);

type EndFormErrors = Partial<
  Record<'variantKey' | 'acknowledged', { type: string; message: string }>
>;

/**
 * The checks that involve more than one field or the history beside the form. They run alongside the
 * schema (not after it, as a zod refinement would), so every problem shows at once.
 */
export function crossFieldErrors(values: EndFormInput, context?: EndFormContext): EndFormErrors {
  const errors: EndFormErrors = {};
  if (values.ship && !values.variantKey)
    errors.variantKey = { type: 'required', message: 'Choose the variant to ship.' };
  if (context?.mustAcknowledge && !values.acknowledged) {
    errors.acknowledged = {
      type: 'required',
      message: 'Confirm that you have reviewed the changes made since launch.',
    };
  }
  return errors;
}

export const endFormResolver: Resolver<EndFormInput, EndFormContext, EndFormOutput> = async (
  values,
  context,
  options,
) => {
  const result = await resolveEndForm(values, context, options);
  const extra = crossFieldErrors(values, context);
  if (Object.keys(extra).length === 0) return result;
  return { values: {}, errors: { ...result.errors, ...extra } };
};
