import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { runBatch } from './run-batch';

const refusal = (status: number, detail: string, retryAfterSeconds: number | null = null) =>
  new ApiError(
    status,
    { type: 'validation_error', code: 'invalid', detail, attr: null },
    { retryAfterSeconds },
  );

const noSleep = () => Promise.resolve();

describe('runBatch', () => {
  it('reports every outcome in the items’ order, a refusal with its message, never more than `concurrency` at once', async () => {
    let inFlight = 0;
    let most = 0;
    const perform = async (n: number) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 5 - (n % 3)));
      inFlight -= 1;
      if (n === 3) throw refusal(400, 'Experiment has already ended.');
      return n * 10;
    };
    const seen: number[] = [];
    const outcomes = await runBatch({
      items: [1, 2, 3, 4, 5, 6],
      perform,
      concurrency: 2,
      signal: new AbortController().signal,
      onSettled: (_item, _outcome, count) => seen.push(count),
    });
    expect(outcomes).toEqual([
      { state: 'done', value: 10 },
      { state: 'done', value: 20 },
      { state: 'failed', message: 'Experiment has already ended.' },
      { state: 'done', value: 40 },
      { state: 'done', value: 50 },
      { state: 'done', value: 60 },
    ]);
    expect(most).toBe(2);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('waits out a 429 for as long as asked and sends again; any other failure is never repeated', async () => {
    const calls: string[] = [];
    const waits: number[] = [];
    let limited = 1;
    const outcomes = await runBatch({
      items: ['a', 'b'],
      perform: async (item) => {
        calls.push(item);
        if (item === 'a' && limited-- > 0) throw refusal(429, 'Request was throttled.', 7);
        if (item === 'b') throw refusal(503, 'Service unavailable');
        return item;
      },
      concurrency: 1,
      signal: new AbortController().signal,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(outcomes).toEqual([
      { state: 'done', value: 'a' },
      { state: 'failed', message: 'Service unavailable' },
    ]);
    expect(calls).toEqual(['a', 'a', 'b']);
    expect(waits).toEqual([7000]);
  });

  it('stops what has not started when aborted; what was in flight finishes and is reported', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const outcomes = await runBatch({
      items: [1, 2, 3, 4],
      perform: async (n) => {
        started.push(n);
        if (n === 1) controller.abort();
        await Promise.resolve();
        return n;
      },
      concurrency: 1,
      signal: controller.signal,
      sleep: noSleep,
    });
    expect(started).toEqual([1]);
    expect(outcomes.map((o) => o.state)).toEqual(['done', 'cancelled', 'cancelled', 'cancelled']);
  });

  it('gives up after a few rate-limit waits, saying why', async () => {
    const outcomes = await runBatch({
      items: [1],
      perform: () => Promise.reject(refusal(429, 'Request was throttled.')),
      concurrency: 1,
      signal: new AbortController().signal,
      sleep: noSleep,
    });
    expect(outcomes).toEqual([{ state: 'failed', message: 'Request was throttled.' }]);
  });
});
