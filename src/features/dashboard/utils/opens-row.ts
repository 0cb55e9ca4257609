import type { MouseEvent } from 'react';

/** A click anywhere on a row or card opens it, except on its own controls, a menu, or while selecting text. */
export function opensRow(event: MouseEvent<HTMLElement>): boolean {
  const target = event.target as HTMLElement;
  if (!event.currentTarget.contains(target)) return false; // a click in the (portalled) menu
  // A label too: the checkbox's hit area around the small box.
  if (target.closest('a, button, [role="button"], input, label')) return false;
  return !window.getSelection()?.toString();
}
