// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '@/shared';
import { statusDescription } from '../utils/status-description';
import { StatusBadge } from './status-badge';

afterEach(cleanup);

const started = '2025-03-01T10:00:00Z';
const ended = '2025-03-20T10:00:00Z';

describe('StatusBadge', () => {
  it.each([
    ['Draft', { start_date: null, feature_flag: { active: false } }, STATUS_LABELS.draft],
    ['Running', { start_date: started, feature_flag: { active: true } }, STATUS_LABELS.running],
    ['Paused', { start_date: started, feature_flag: { active: false } }, STATUS_LABELS.paused],
  ])('shows %s in words, explained by its description', (label, experiment, expected) => {
    render(<StatusBadge experiment={experiment} />);
    const badge = screen.getByText(label);
    expect(label).toBe(expected.label);
    // The tooltip is a description, so the badge is still named by its label.
    expect(badge.closest('[title]')).toHaveAttribute('title', expected.description);
    expect(screen.queryByText('Archived')).not.toBeInTheDocument();
  });

  it.each([
    [
      { start_date: null, feature_flag: { active: true } },
      /feature flag is on: users get its variants/,
    ],
    [
      { start_date: started, end_date: ended, feature_flag: { active: true } },
      /still on and serves users/,
    ],
    [
      { start_date: started, end_date: ended, feature_flag: { active: false } },
      /flag is off: everyone gets the default/,
    ],
  ])('says what the flag does when the status alone would mislead (%j)', (experiment, sentence) => {
    expect(statusDescription(experiment)).toMatch(sentence);
    expect(statusDescription(experiment)).not.toMatch(/nobody is enrolled/);
  });

  it('shows the status tooltip on hover', async () => {
    render(<StatusBadge experiment={{ start_date: started, feature_flag: { active: false } }} />);
    await userEvent.hover(screen.getByText('Paused'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(STATUS_LABELS.paused.description);
  });

  it('adds an Archived marker next to the status of an archived experiment', () => {
    render(<StatusBadge experiment={{ start_date: started, end_date: ended, archived: true }} />);
    expect(screen.getByText('Stopped')).toBeInTheDocument();
    expect(screen.getByText('Archived')).toBeInTheDocument();
  });
});
