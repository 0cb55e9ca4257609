// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { shellHandlers } from '@/app/testing/app-stubs';
import { renderApp } from '@/app/testing/render-app';
import { editorCompanionHandlers } from '@/features/editor/testing/editor-stubs';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';

// Loaded up front: the route is lazy, and transforming the editor on first use can outlast findBy's wait.
import './new';
import './edit';
import './detail';

const EXPERIMENTS = '/api/projects/@current/experiments/';
const nameInput = () => screen.getByRole('textbox', { name: 'Name' });
const keyInput = () => screen.getByRole('textbox', { name: 'Feature flag key' });

afterEach(() => sessionStorage.clear());

describe('New experiment page', { timeout: 30_000 }, () => {
  it('creates the experiment with the full body, then opens its page (where Launch is)', async () => {
    const created = makeExperiment({
      id: 77,
      name: 'Checkout CTA',
      feature_flag_key: 'checkout-cta',
    });
    const posts: unknown[] = [];
    stubFetch({
      ...shellHandlers,
      ...editorCompanionHandlers,
      [EXPERIMENTS]: ({ body }) => {
        posts.push(body);
        return jsonResponse(created, { status: 201 });
      },
      [`${EXPERIMENTS}77/`]: () => jsonResponse(created),
    });
    const { history } = renderApp('/experiments/new');

    await userEvent.type(await screen.findByRole('textbox', { name: 'Name' }), 'Checkout CTA');
    expect(keyInput()).toHaveValue('checkout-cta');
    await userEvent.click(screen.getByRole('button', { name: 'Create experiment' }));

    await waitFor(() => expect(history.location.pathname).toBe('/experiments/77'));
    expect(posts).toEqual([
      expect.objectContaining({
        name: 'Checkout CTA',
        feature_flag_key: 'checkout-cta',
        type: 'product',
        parameters: expect.objectContaining({
          feature_flag_variants: [
            { key: 'control', name: 'Control', split_percent: 50 },
            { key: 'test', name: 'Test', split_percent: 50 },
          ],
        }),
        metrics: [],
        stats_config: { method: 'bayesian', bayesian: { ci_level: 0.95 } },
        exposure_criteria: { filterTestAccounts: true },
      }),
    ]);
    expect(
      await screen.findByText('Experiment created. Launch it when it is ready.'),
    ).toBeVisible();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Checkout CTA' }, { timeout: 15_000 }),
    ).toBeVisible();
  });

  it('checks the form before sending anything', async () => {
    const fetchMock = stubFetch({ ...shellHandlers, ...editorCompanionHandlers });
    renderApp('/experiments/new');
    await userEvent.click(await screen.findByRole('button', { name: 'Create experiment' }));
    expect(await screen.findByText('Give the experiment a name.')).toBeVisible();
    expect(nameInput()).toHaveFocus();
    const methods = fetchMock.mock.calls.map(([, init]) => (init as RequestInit).method ?? 'GET');
    expect(methods).not.toContain('POST');
  });

  it('puts a server error on its field and keeps what was typed', async () => {
    stubFetch({
      ...shellHandlers,
      ...editorCompanionHandlers,
      [EXPERIMENTS]: () =>
        jsonResponse(
          {
            type: 'validation_error',
            code: 'unique',
            detail: 'There is already a feature flag with this key.',
            attr: 'key',
          },
          { status: 400 },
        ),
    });
    renderApp('/experiments/new');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Name' }), 'Taken');
    await userEvent.click(screen.getByRole('button', { name: 'Create experiment' }));

    const field = keyInput();
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription('There is already a feature flag with this key.'),
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(nameInput()).toHaveValue('Taken');
  });

  it('explains unknown events and saves anyway when asked', async () => {
    const bodies: Record<string, unknown>[] = [];
    stubFetch({
      ...shellHandlers,
      ...editorCompanionHandlers,
      [EXPERIMENTS]: ({ body }) => {
        bodies.push(body as Record<string, unknown>);
        return bodies.length === 1
          ? jsonResponse(
              {
                type: 'validation_error',
                code: 'invalid_input',
                detail:
                  "Event(s) 'purchse' not found. No events with these names have been ingested by this project.",
                attr: null,
              },
              { status: 400 },
            )
          : jsonResponse(makeExperiment({ id: 78 }), { status: 201 });
      },
      [`${EXPERIMENTS}78/`]: () => jsonResponse(makeExperiment({ id: 78 })),
    });
    renderApp('/experiments/new');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Name' }), 'Typo');
    await userEvent.click(screen.getByRole('button', { name: 'Create experiment' }));
    const alert = await screen.findByText(/PostHog has never received this event/);
    await userEvent.click(
      within(alert.closest('[role="alert"]') as HTMLElement).getByRole('button', {
        name: 'Save anyway',
      }),
    );
    await waitFor(() =>
      expect(bodies[1]).toMatchObject({ allow_unknown_events: true, name: 'Typo' }),
    );
  });

  it('offers back the form this tab did not save', async () => {
    stubFetch({ ...shellHandlers, ...editorCompanionHandlers });
    const { unmount } = renderApp('/experiments/new');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Name' }), 'Half-typed idea');
    unmount(); // leaving the page writes the draft at once

    renderApp('/experiments/new');
    await userEvent.click(await screen.findByRole('button', { name: 'Restore' }));
    expect(nameInput()).toHaveValue('Half-typed idea');
    expect(keyInput()).toHaveValue('half-typed-idea');
  });

  it('asks before leaving with unsaved changes', async () => {
    stubFetch({
      ...shellHandlers,
      ...editorCompanionHandlers,
      [EXPERIMENTS]: () => jsonResponse({ count: 0, results: [] }),
    });
    const { history } = renderApp('/experiments/new');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Name' }), 'Unsaved');
    await userEvent.click(screen.getByRole('link', { name: 'All experiments' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(history.location.pathname).toBe('/experiments/new');
    expect(nameInput()).toHaveValue('Unsaved');
  });

  it('asks before Back leaves unsaved changes, and goes back on Leave', async () => {
    stubFetch({
      ...shellHandlers,
      ...editorCompanionHandlers,
      [EXPERIMENTS]: () => jsonResponse({ count: 0, results: [] }),
    });
    const { history } = renderApp('/experiments');
    act(() => history.push('/experiments/new'));
    await userEvent.type(await screen.findByRole('textbox', { name: 'Name' }), 'Unsaved');

    act(() => history.go(-1));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(history.location.pathname).toBe('/experiments/new');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(history.location.pathname).toBe('/experiments/new');
    expect(nameInput()).toHaveValue('Unsaved');

    act(() => history.go(-1));
    await userEvent.click(
      within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole(
        'button',
        { name: 'Leave' },
      ),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Experiments' })).toBeVisible();
    expect(history.location.pathname).toBe('/experiments');
  });
});
