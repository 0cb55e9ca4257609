import { useEffect, useRef, useState } from 'react';
import {
  useFormContext,
  type FieldValues,
  type FormState,
  type ReadFormState,
  type UseFormReturn,
} from 'react-hook-form';

type Tracked = Partial<Pick<ReadFormState, 'isDirty' | 'isSubmitted' | 'errors' | 'dirtyFields'>>;

/**
 * One value derived from the form's state, re-rendering only when that value changes.
 *
 * `useFormState()` without a name re-renders on every keystroke in a field someone watches (react-hook-form
 * then announces a change with no state in it, which every unnamed subscriber takes as "render"). With
 * twenty variants and twenty metrics on the page, the page itself, the save bar and the leave guard
 * re-rendering on each key is what made typing slow. Here the subscription runs the selector and React
 * skips the render when it returns the same value (keep it a primitive).
 */
export function useFormStateValue<T, V extends FieldValues = FieldValues>(
  track: Tracked,
  select: (state: FormState<V>) => T,
  form?: UseFormReturn<V>,
): T {
  const context = useFormContext<V>() as UseFormReturn<V> | null;
  const { subscribe, control } = (form ?? context) as UseFormReturn<V>;
  const selectRef = useRef(select);
  useEffect(() => {
    selectRef.current = select;
  });
  const [value, setValue] = useState(() => select(control._formState));
  const { isDirty = false, isSubmitted = false, errors = false, dirtyFields = false } = track;
  useEffect(() => {
    const unsubscribe = subscribe({
      formState: { isDirty, isSubmitted, errors, dirtyFields },
      callback: (state) => setValue(selectRef.current(state as FormState<V>)),
    });
    // From now on react-hook-form computes the tracked keys; take them as they are in case the form
    // changed between the first render and this subscription.
    setValue(selectRef.current(control._formState));
    return unsubscribe;
  }, [subscribe, control, isDirty, isSubmitted, errors, dirtyFields]);
  return value;
}
