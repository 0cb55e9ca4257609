/**
 * Runs `fn` once the browser has painted what it has: a requestAnimationFrame callback comes just before a
 * frame is painted, and a message posted from it is handled just after.
 *
 * Hydration is one long task. When the scripts come from the cache they can be ready before the first
 * frame, and taking the page over at once would then keep the server's rows off the screen until React is
 * done; after this, the rows are painted first and React takes them over a frame later. There is no
 * fallback timer: a late first frame (Chrome may hold a reload's first frame a while) would let it fire
 * before the rows were painted. A hidden tab paints no frames, so there `fn` runs at once.
 */
export function afterFirstPaint(fn: () => void): void {
  if (document.visibilityState === 'hidden') {
    fn();
    return;
  }
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => fn();
    channel.port2.postMessage(null);
  });
}
