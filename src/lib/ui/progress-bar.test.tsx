// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgressBar } from './progress-bar';

afterEach(cleanup);

describe('ProgressBar', () => {
  it('says how far along a known amount is', () => {
    render(<ProgressBar value={40} aria-label="Deleting experiments" aria-valuetext="2 of 5" />);
    const bar = screen.getByRole('progressbar', { name: 'Deleting experiments' });
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
    expect(bar).toHaveAttribute('aria-valuetext', '2 of 5');
  });

  it('gives no value while the amount is unknown', () => {
    render(<ProgressBar aria-label="Loading page" />);
    const bar = screen.getByRole('progressbar', { name: 'Loading page' });
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(bar).not.toHaveAttribute('aria-valuemax');
  });
});
