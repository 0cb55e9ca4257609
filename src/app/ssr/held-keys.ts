/**
 * A page rendered on the server is on screen, but inert, before React takes it over: a shortcut pressed
 * then ("/" to search, Ctrl+K for the palette) would find no listener yet and be lost. Its keydowns are
 * held from the start and sent again, to whatever then has focus, once the page is taken over. Only
 * keydown listeners see them again (a replayed key types nothing and moves no focus), which is what the
 * shortcuts listen to.
 */
let held: KeyboardEvent[] | null = null;
const hold = (event: KeyboardEvent) => held?.push(event);

export function holdKeysUntilHydrated(): void {
  held = [];
  document.addEventListener('keydown', hold, true);
}

export function replayHeldKeys(): void {
  if (!held) return;
  document.removeEventListener('keydown', hold, true);
  const keys = held;
  held = null;
  for (const { key, code, ctrlKey, metaKey, shiftKey, altKey } of keys) {
    const init = { key, code, ctrlKey, metaKey, shiftKey, altKey, bubbles: true, cancelable: true };
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', init));
  }
}
