/**
 * Runs `fn` once the browser has painted what it has: a requestAnimationFrame callback comes just before a
 * frame is painted, and a message posted from it is handled just after.
 *
 * Hydration is one long task. When the scripts come from the cache they are ready before the first frame,
 * and taking the page over at once would keep the server's rows off the screen until React is done; after
 * this, the rows are painted first and React takes them over a frame later. A hidden tab paints no frames,
 * hence the timer.
 */
export function afterFirstPaint(fn: () => void, timeoutMs = 100): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    fn();
  };
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = once;
    channel.port2.postMessage(null);
  });
  setTimeout(once, timeoutMs);
}
