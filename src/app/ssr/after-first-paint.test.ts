// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './after-first-paint';

afterEach(() => vi.unstubAllGlobals());

/** Frames the test paints by hand: each call runs the callbacks requested so far. */
function manualFrames() {
  const pending: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    pending.push(callback);
    return pending.length;
  });
  return () => pending.splice(0).forEach((callback) => callback(performance.now()));
}

describe('afterFirstPaint', () => {
  it('runs once the next frame has been painted, not before, and only once', async () => {
    const paint = manualFrames();
    const run = vi.fn();
    afterFirstPaint(run, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(run).not.toHaveBeenCalled();
    paint();
    // The message posted from the frame's callback is handled after the frame.
    await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(1));
    paint();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after its timeout when no frame comes (a hidden tab), and not again after a frame', async () => {
    const paint = manualFrames();
    const run = vi.fn();
    afterFirstPaint(run, 30);
    await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(1));
    paint();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(run).toHaveBeenCalledTimes(1);
  });
});
