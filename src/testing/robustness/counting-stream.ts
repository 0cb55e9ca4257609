/**
 * A request body of `totalBytes` made on demand, 64 kB at a time, that counts how much the server pulled:
 * a limit enforced while reading stops pulling soon after it; one enforced after buffering pulls it all.
 */
export function countingBody(
  totalBytes: number,
  fill = '[',
): {
  body: ReadableStream<Uint8Array>;
  pulled: () => number;
} {
  const chunk = new TextEncoder().encode(fill.repeat(64 * 1024));
  let sent = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent >= totalBytes) {
          controller.close();
          return;
        }
        const next = chunk.subarray(0, Math.min(chunk.byteLength, totalBytes - sent));
        sent += next.byteLength;
        controller.enqueue(next);
      },
    },
    { highWaterMark: 0 },
  );
  return { body, pulled: () => sent };
}
