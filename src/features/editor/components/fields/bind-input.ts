import type { Ref } from 'react';

/**
 * A Controller's field props for a MUI TextField: the ref goes to the <input>, not the wrapper div, so
 * react-hook-form can focus the first invalid field and a server error can move focus to its input.
 */
export function bindInput<F extends { ref: Ref<HTMLInputElement> }>(field: F) {
  const { ref, ...rest } = field;
  return { ...rest, inputRef: ref };
}
