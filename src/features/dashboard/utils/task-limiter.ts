/**
 * Runs at most `max` tasks at once, the rest waiting in the order they asked (top rows first). A task whose
 * signal aborts while it waits leaves the queue without running: a page change drops the old page's work.
 */
export function createTaskLimiter(max: number) {
  let running = 0;
  const waiting: (() => void)[] = [];

  const finished = () => {
    running -= 1;
    waiting.shift()?.();
  };

  return function run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason as Error);
      const start = () => {
        signal?.removeEventListener('abort', leave);
        running += 1;
        // Through a promise, so a task that throws before returning one still frees its slot.
        new Promise<T>((settle) => settle(task())).then(resolve, reject).finally(finished);
      };
      const leave = () => {
        waiting.splice(waiting.indexOf(start), 1);
        reject(signal?.reason as Error);
      };
      if (running < max) return start();
      waiting.push(start);
      signal?.addEventListener('abort', leave, { once: true });
    });
  };
}
