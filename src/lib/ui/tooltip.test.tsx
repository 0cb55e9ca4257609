// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Tooltip } from './tooltip';
import { placeTooltip } from './tooltip-position';

afterEach(cleanup);

describe('Tooltip', () => {
  it('names its child while closed, as a closed MUI Tooltip does', () => {
    render(
      <Tooltip title="Copy flag key">
        <button type="button">⧉</button>
      </Tooltip>,
    );
    expect(screen.getByRole('button', { name: 'Copy flag key' })).not.toHaveAttribute('title');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it("leaves the child's own name alone and describes it with describeChild", async () => {
    render(
      <Tooltip title="Nobody is enrolled while the flag is off." describeChild>
        <button type="button" aria-label="Paused">
          Paused
        </button>
      </Tooltip>,
    );
    const badge = screen.getByLabelText('Paused');
    // The native title while closed: what MUI renders, and a description without JavaScript.
    expect(badge).toHaveAttribute('title', 'Nobody is enrolled while the flag is off.');
    await userEvent.hover(badge);
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('Nobody is enrolled while the flag is off.');
    expect(badge).toHaveAttribute('aria-describedby', tooltip.id);
    expect(badge).not.toHaveAttribute('title');
    await userEvent.unhover(badge);
    await vi.waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
    expect(badge).not.toHaveAttribute('aria-describedby');
  });

  it('keeps the child’s own handlers and ref working', async () => {
    const onMouseOver = vi.fn();
    const onFocus = vi.fn();
    const ref = { current: null as HTMLButtonElement | null };
    render(
      <Tooltip title="Why">
        <button type="button" ref={ref} onMouseOver={onMouseOver} onFocus={onFocus}>
          Edit
        </button>
      </Tooltip>,
    );
    await userEvent.hover(screen.getByRole('button'));
    expect(onMouseOver).toHaveBeenCalled();
    screen.getByRole('button').focus();
    expect(onFocus).toHaveBeenCalled();
    expect(ref.current).toBe(screen.getByRole('button'));
  });

  it('closes on Escape and shows nothing for an empty title', async () => {
    render(
      <>
        <Tooltip title="Reason">
          <button type="button">A</button>
        </Tooltip>
        <Tooltip title="">
          <button type="button">B</button>
        </Tooltip>
      </>,
    );
    await userEvent.hover(screen.getByText('A'));
    await screen.findByRole('tooltip');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    await userEvent.hover(screen.getByText('B'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('opens after a long touch and closes after the finger lifts', () => {
    vi.useFakeTimers();
    try {
      render(
        <Tooltip title="Held">
          <button type="button">T</button>
        </Tooltip>,
      );
      const button = screen.getByText('T');
      fireEvent.touchStart(button);
      act(() => vi.advanceTimersByTime(699));
      expect(screen.queryByRole('tooltip')).toBeNull();
      act(() => vi.advanceTimersByTime(1));
      expect(screen.getByRole('tooltip')).toHaveTextContent('Held');
      fireEvent.touchEnd(button);
      act(() => vi.advanceTimersByTime(1500));
      expect(screen.queryByRole('tooltip')).toBeNull();
      // A tap shorter than the delay never opens it.
      fireEvent.touchStart(button);
      act(() => vi.advanceTimersByTime(300));
      fireEvent.touchEnd(button);
      act(() => vi.advanceTimersByTime(2000));
      expect(screen.queryByRole('tooltip')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('placeTooltip', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 200, height: 40 };

  it('centres the tooltip below its element', () => {
    expect(placeTooltip({ top: 100, left: 400, width: 100, height: 30 }, size, viewport)).toEqual({
      side: 'bottom',
      top: 130,
      left: 350,
    });
  });

  it('goes above when it does not fit below, and stays inside the viewport sideways', () => {
    expect(placeTooltip({ top: 770, left: 0, width: 20, height: 20 }, size, viewport)).toEqual({
      side: 'top',
      top: 730,
      left: 8,
    });
    expect(
      placeTooltip({ top: 10, left: 990, width: 10, height: 20 }, size, viewport),
    ).toMatchObject({
      side: 'bottom',
      left: 792,
    });
  });
});
