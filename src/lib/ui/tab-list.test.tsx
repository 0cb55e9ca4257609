// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { TabItem, TabList } from './tab-list';

afterEach(cleanup);

function Sections() {
  const [tab, setTab] = useState('results');
  return (
    <TabList value={tab} onChange={setTab} aria-label="Sections">
      {['results', 'overview', 'history'].map((value) => (
        <TabItem key={value} value={value} label={value} id={`t-${value}`} aria-controls="panel" />
      ))}
    </TabList>
  );
}

describe('TabList', () => {
  it('marks the chosen tab, the only one in the Tab order', () => {
    render(<Sections />);
    expect(screen.getByRole('tablist', { name: 'Sections' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'results' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'results' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('tab', { name: 'overview' })).toHaveAttribute('tabindex', '-1');
  });

  it('moves focus with the arrow keys, Home and End, and chooses with Enter or a click', async () => {
    render(<Sections />);
    await userEvent.tab();
    expect(screen.getByRole('tab', { name: 'results' })).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'history' })).toHaveFocus();
    await userEvent.keyboard('{Home}{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'overview' })).toHaveFocus();
    // Focus alone does not choose, as with MUI's Tabs.
    expect(screen.getByRole('tab', { name: 'results' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('tab', { name: 'overview' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'history' })).toHaveFocus();
    await userEvent.click(screen.getByRole('tab', { name: 'results' }));
    expect(screen.getByRole('tab', { name: 'results' })).toHaveAttribute('aria-selected', 'true');
  });
});
