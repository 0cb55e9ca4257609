import { describe, expect, it } from 'vitest';
import { createTaskLimiter } from './task-limiter';

/** A task that resolves when the test says so, recording when it started. */
function deferredTask(started: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<string>((resolve) => (finish = () => resolve(name)));
  return { task: () => (started.push(name), done), finish };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('task limiter', () => {
  it('runs at most max tasks at once, the others in the order they asked', async () => {
    const run = createTaskLimiter(2);
    const started: string[] = [];
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => deferredTask(started, name));
    const results = [a, b, c, d].map((t) => run(t!.task));
    expect(started).toEqual(['a', 'b']);
    b!.finish();
    await flush();
    expect(started).toEqual(['a', 'b', 'c']);
    a!.finish();
    c!.finish();
    await flush();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    d!.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops a waiting task whose signal aborts, and never runs it', async () => {
    const run = createTaskLimiter(1);
    const started: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map((name) => deferredTask(started, name));
    const controller = new AbortController();
    const first = run(a!.task);
    const dropped = run(b!.task, controller.signal);
    const last = run(c!.task);
    controller.abort(new Error('page changed'));
    await expect(dropped).rejects.toThrow('page changed');
    a!.finish();
    await first;
    await flush();
    expect(started).toEqual(['a', 'c']);
    c!.finish();
    expect(await last).toBe('c');
  });

  it('frees the slot when a task fails, and refuses a task already aborted', async () => {
    const run = createTaskLimiter(1);
    await expect(run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await run(() => Promise.resolve('next'))).toBe('next');
    await expect(
      run(() => Promise.resolve('x'), AbortSignal.abort(new Error('gone'))),
    ).rejects.toThrow('gone');
  });

  it('frees the slot when a task throws before returning a promise', async () => {
    const run = createTaskLimiter(1);
    const broken = () => {
      throw new Error('thrown early');
    };
    await expect(run(broken)).rejects.toThrow('thrown early');
    expect(await run(() => Promise.resolve('next'))).toBe('next');
  });

  it('starts the next waiting task even when that one throws early', async () => {
    const run = createTaskLimiter(1);
    const started: string[] = [];
    const a = deferredTask(started, 'a');
    const first = run(a.task);
    const broken = run(() => {
      throw new Error('thrown while queued');
    });
    const last = run(() => Promise.resolve('last'));
    a.finish();
    await first;
    await expect(broken).rejects.toThrow('thrown while queued');
    expect(await last).toBe('last');
  });
});
