// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './after-first-paint';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Frames the test paints by hand: each call runs the callbacks requested so far. */
function manualFrames() {
  const pending: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    pending.push(callback);
    return pending.length;
  });
  return () => pending.splice(0).forEach((callback) => callback(performance.now()));
}

const tab = (state: DocumentVisibilityState) =>
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state);

describe('afterFirstPaint', () => {
  it('runs once the next frame has been painted, however long that takes, and only once', async () => {
    tab('visible');
    const paint = manualFrames();
    const run = vi.fn();
    afterFirstPaint(run);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(run).not.toHaveBeenCalled();
    paint();
    // The message posted from the frame's callback is handled after the frame.
    await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(1));
    paint();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once in a hidden tab, which paints no frames', () => {
    tab('hidden');
    manualFrames();
    const run = vi.fn();
    afterFirstPaint(run);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
