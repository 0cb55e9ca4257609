import { useCallback } from 'react';
import { useFormContext, type UseFieldArrayReturn } from 'react-hook-form';
import { evenSplit, setVariantPercent } from '@/shared';
import type { EditorValues, VariantValue } from '../../form/editor-values';

const CHANGE = { shouldDirty: true, shouldValidate: true } as const;

/** The next free "test", "test-2", "test-3"… key. */
export function nextVariantKey(variants: readonly VariantValue[]): string {
  const keys = new Set(variants.map((v) => v.key));
  if (!keys.has('test')) return 'test';
  let n = 2;
  while (keys.has(`test-${n}`)) n += 1;
  return `test-${n}`;
}

/**
 * The split editor's actions. Adding or removing a variant spreads the split evenly again (as PostHog does);
 * with two variants, setting one sets the other to the rest.
 */
export function useSplitActions(array: UseFieldArrayReturn<EditorValues, 'variants'>) {
  const { getValues, setValue } = useFormContext<EditorValues>();
  const { append, remove } = array;

  const setPercents = useCallback(
    (percents: number[], before: number[]) => {
      percents.forEach((percent, i) => {
        if (percent !== before[i]) setValue(`variants.${i}.percent`, percent, CHANGE);
      });
    },
    [setValue],
  );

  const changePercent = useCallback(
    (index: number, value: number | null) => {
      if (value == null) return;
      const before = getValues('variants').map((v) => v.percent);
      const next = setVariantPercent(before, index, value);
      // Always write the edited one: a typed 33.5 becomes 34 and the input must show it.
      setValue(`variants.${index}.percent`, next[index] ?? value, CHANGE);
      setPercents(next, before);
    },
    [getValues, setValue, setPercents],
  );

  const distributeEvenly = useCallback(() => {
    const before = getValues('variants').map((v) => v.percent);
    setPercents(evenSplit(before.length), before);
  }, [getValues, setPercents]);

  const addVariant = useCallback(() => {
    const current = getValues('variants');
    const split = evenSplit(current.length + 1);
    setPercents(
      split.slice(0, current.length),
      current.map((v) => v.percent),
    );
    append({ key: nextVariantKey(current), name: '', percent: split[current.length] ?? 0 });
  }, [append, getValues, setPercents]);

  const removeVariant = useCallback(
    (index: number) => {
      remove(index);
      const rest = getValues('variants');
      setPercents(
        evenSplit(rest.length),
        rest.map((v) => v.percent),
      );
    },
    [remove, getValues, setPercents],
  );

  return { changePercent, distributeEvenly, addVariant, removeVariant };
}
