// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { holdKeysUntilHydrated, replayHeldKeys } from './held-keys';

describe('keys pressed before the page is taken over', () => {
  it('reach the listeners that arrive with the app, once, with their modifiers', () => {
    holdKeysUntilHydrated();
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true }),
    );
    const seen: string[] = [];
    const listener = (event: KeyboardEvent) =>
      seen.push(`${event.ctrlKey ? 'Ctrl+' : ''}${event.key}`);
    document.addEventListener('keydown', listener);
    replayHeldKeys();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
    replayHeldKeys();
    document.removeEventListener('keydown', listener);
    expect(seen).toEqual(['Ctrl+k', '/']);
  });
});
