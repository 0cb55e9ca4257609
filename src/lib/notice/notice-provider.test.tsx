// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNotify, type Notify } from './notice-context';
import { NoticeProvider } from './notice-provider';

afterEach(cleanup);

function renderWithNotify() {
  let notify!: Notify;
  function Grab() {
    notify = useNotify();
    return <button type="button">Somewhere else</button>;
  }
  render(
    <NoticeProvider>
      <Grab />
    </NoticeProvider>,
  );
  return (notice: Parameters<Notify>[0]) => act(() => notify(notice));
}

describe('NoticeProvider', () => {
  it('shows one notice at a time; the newest replaces the last', async () => {
    const notify = renderWithNotify();
    notify({ severity: 'success', message: 'Archived “A”.' });
    expect(await screen.findByText('Archived “A”.')).toBeVisible();
    notify({ severity: 'info', message: 'Copied the flag key.' });
    expect(await screen.findByText('Copied the flag key.')).toBeVisible();
    expect(screen.getAllByTestId('notice')).toHaveLength(1);
  });

  it('runs the action once and closes, and a click elsewhere does not dismiss an Undo', async () => {
    const notify = renderWithNotify();
    const undo = vi.fn();
    notify({
      severity: 'success',
      message: 'Deleted “A”.',
      action: { label: 'Undo', onClick: undo },
    });
    const notice = await screen.findByTestId('notice');
    await userEvent.click(screen.getByRole('button', { name: 'Somewhere else' }));
    expect(notice).toBeVisible();
    await userEvent.click(within(notice).getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('after Undo was clicked, the next notice still hides by itself', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const notify = renderWithNotify();
      notify({
        severity: 'success',
        message: 'Paused.',
        action: { label: 'Undo', onClick: () => {} },
      });
      const notice = await screen.findByTestId('notice');
      // Clicking Undo focuses it (holding the timer), then removes it without a blur.
      await user.click(within(notice).getByRole('button', { name: 'Undo' }));
      notify({ severity: 'success', message: 'Resumed.' });
      expect(await screen.findByText('Resumed.')).toBeVisible();
      act(() => vi.advanceTimersByTime(7_000));
      await waitFor(() => expect(screen.queryByText('Resumed.')).not.toBeInTheDocument());
    } finally {
      vi.useRealTimers();
    }
  });

  it('needs a provider above it', () => {
    function Orphan() {
      useNotify();
      return null;
    }
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Orphan />)).toThrow('useNotify needs a <NoticeProvider> above it.');
  });
});
