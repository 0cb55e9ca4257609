import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../chromium-launch';

/** Debian's Chromium, headless, with the flags that keep it off the (closed) network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
}

/**
 * A fresh context (empty cache) that answers to the server's own host name. It bypasses the console's CSP
 * only so the harness can evaluate its text probes (the CSP forbids eval); the pages do the same work.
 */
export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
}

/**
 * In-page helpers, injected as plain text: functions passed to Playwright would be serialized after tsx
 * has transformed them, and may then call helpers that do not exist in the page.
 *
 * `afterPaint(fn)` calls fn(performance.now()) once the next frame has been painted: a requestAnimationFrame
 * callback runs just before the paint, and a message posted from it is handled just after.
 */
export const AFTER_PAINT = `
  const afterPaint = (fn) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => fn(performance.now());
    channel.port2.postMessage(null);
  });
`;
