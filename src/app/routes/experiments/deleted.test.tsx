// @vitest-environment jsdom
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { shellHandlers } from '@/app/testing/app-stubs';
import { renderApp } from '@/app/testing/render-app';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { rememberDeleted } from '@/features/experiments/utils/recently-deleted';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';

configure({ asyncUtilTimeout: 5000 });

const EXPERIMENTS = '/api/projects/@current/experiments/';
const remember = (id: number, name: string, flagTurnedOff = false) =>
  rememberDeleted({
    id,
    name,
    flagKey: `flag-${id}`,
    deletedAt: new Date().toISOString(),
    projectId: 1,
    flagTurnedOff,
  });

describe('Recently deleted page', { timeout: 20_000 }, () => {
  it('says when nothing was deleted from this browser', async () => {
    stubFetch(shellHandlers);
    renderApp('/experiments/deleted');
    expect(
      await screen.findByText('Nothing was deleted from this browser in the last 30 days.'),
    ).toBeVisible();
  });

  it('restores with PATCH {deleted: false}, says the flag the delete turned off stays off', async () => {
    remember(7, 'Sticky cart', true);
    remember(8, 'Wishlist sharing', false);
    const bodies: unknown[] = [];
    stubFetch({
      ...shellHandlers,
      [`${EXPERIMENTS}7/`]: ({ body }) => {
        bodies.push(body);
        return jsonResponse(makeExperiment({ id: 7, name: 'Sticky cart' }));
      },
    });
    const { history } = renderApp('/experiments/deleted');
    const list = await screen.findByRole('list', { name: 'Recently deleted experiments' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(list).toHaveTextContent('flag-7 (turned off by the delete)');

    await userEvent.click(within(list).getByRole('button', { name: 'Restore “Sticky cart”' }));
    const notice = await screen.findByText(
      'Restored “Sticky cart”. Its flag experiment-7 stays off until you resume the experiment or turn the flag on.',
    );
    expect(bodies).toEqual([{ deleted: false }]);
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);

    await userEvent.click(
      within(notice.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Open' }),
    );
    expect(history.location.pathname).toBe('/experiments/7');
  });

  it('keeps the entry and says why when the server refuses', async () => {
    remember(9, 'Flag gone');
    stubFetch({
      ...shellHandlers,
      [`${EXPERIMENTS}9/`]: () =>
        jsonResponse(
          {
            type: 'validation_error',
            code: 'invalid_input',
            detail: 'Cannot restore experiment: the linked feature flag has been deleted.',
            attr: null,
          },
          { status: 400 },
        ),
    });
    renderApp('/experiments/deleted');
    await userEvent.click(await screen.findByRole('button', { name: 'Restore “Flag gone”' }));
    expect(
      await screen.findByText(
        'Could not restore “Flag gone”: Cannot restore experiment: the linked feature flag has been deleted.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Restore “Flag gone”' })).toBeEnabled();
  });
});
