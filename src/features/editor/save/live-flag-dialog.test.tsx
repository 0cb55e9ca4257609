// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryRouter } from '@/lib/navigation/history-router';
import { createMemoryNavigationHistory } from '@/lib/navigation/navigation-history';
import { LiveFlagDialog } from './live-flag-dialog';
import type { LiveFlagQuestion } from './live-flag-question';

afterEach(cleanup);

const QUESTION: LiveFlagQuestion = {
  flagKey: 'annual-discount-badge',
  active: true,
  now: 'badge to 100 % of users',
  after: 'control 50 % · test 50 % of all users',
  holdoutChanges: false,
  others: [
    {
      id: 9,
      name: 'Annual plan discount badge',
      status: 'stopped',
      conclusion: 'won',
      archived: false,
    },
  ],
  otherCount: 1,
};

function open(question: LiveFlagQuestion) {
  const onAnswer = vi.fn();
  render(
    <HistoryRouter history={createMemoryNavigationHistory(['/experiments/1/edit'])}>
      <LiveFlagDialog question={question} onAnswer={onAnswer} />
    </HistoryRouter>,
  );
  return { onAnswer, dialog: screen.getByRole('dialog') };
}

describe('LiveFlagDialog', () => {
  it('names the live flag, whom it serves and what it will serve', async () => {
    const { dialog, onAnswer } = open(QUESTION);
    expect(dialog).toHaveAccessibleName('Saving this draft changes a live feature flag');
    expect(dialog).toHaveTextContent(
      'The feature flag annual-discount-badge is on and serves the users of “Annual plan discount badge” (stopped, won): badge to 100 % of users.',
    );
    expect(dialog).toHaveTextContent(
      'the flag will serve control 50 % · test 50 % of all users from the moment you save.',
    );
    expect(
      within(dialog).getByRole('link', { name: 'Annual plan discount badge' }),
    ).toHaveAttribute('href', '/experiments/9');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Back to editing' }));
    expect(onAnswer).toHaveBeenCalledWith(false);
  });

  it('for a flag that is off but shared, says the others will serve the new split once it is on', async () => {
    const { dialog, onAnswer } = open({
      ...QUESTION,
      active: false,
      holdoutChanges: true,
      others: [
        { id: 9, name: 'First', status: 'draft', conclusion: null, archived: false },
        { id: 10, name: 'Second', status: 'stopped', conclusion: 'lost', archived: true },
      ],
      otherCount: 3,
    });
    expect(dialog).toHaveAccessibleName('Saving this draft changes a flag other experiments use');
    expect(dialog).toHaveTextContent(
      'is off (everyone gets the default), and it is also the flag of “First” (draft), “Second” (stopped, lost, archived) and 1 more.',
    );
    expect(dialog).toHaveTextContent('with a different holdout, once the flag is turned on.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save and change the flag' }));
    expect(onAnswer).toHaveBeenCalledWith(true);
  });
});
