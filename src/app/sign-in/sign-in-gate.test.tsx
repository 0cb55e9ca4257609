// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { experimentPage, shellHandlers } from '@/app/testing/app-stubs';
import { renderApp } from '@/app/testing/render-app';
import { DRAFT_PREFIX } from '@/features/editor/draft/draft-keys';
import { noteSignedIn } from '@/lib/session/signed-out';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';

const KEY = `phx_${'a'.repeat(43)}`;
const unauthorized = (code: string, detail: string) =>
  jsonResponse({ type: 'authentication_error', code, detail, attr: null }, { status: 401 });

/** A server with sign-in on: every API path is a 401 until the right key signs in. */
function signInServer(
  firstAnswer = () => unauthorized('session_required', 'Sign in to use the console.'),
) {
  let signedIn = false;
  const gated = (answer: () => Response) => (): Response => (signedIn ? answer() : firstAnswer());
  const fetchMock = stubFetch({
    '/api/console/config': gated(() =>
      jsonResponse({
        mode: 'embedded',
        host: null,
        project: { id: 1, name: 'Demo project' },
        sign_in: true,
      }),
    ),
    '/api/users/@me/': gated(shellHandlers['/api/users/@me/']),
    '/api/projects/@current/experiments/': gated(() => experimentPage([])),
    '/api/console/sign-in': ({ method, body }) => {
      if (method === 'GET')
        return jsonResponse({ mode: 'embedded', host: null, signed_in: signedIn });
      if ((body as { personal_api_key: string }).personal_api_key !== KEY) {
        return jsonResponse(
          {
            type: 'validation_error',
            code: 'invalid_key',
            detail: 'This server does not know that key.',
            attr: 'personal_api_key',
          },
          { status: 400 },
        );
      }
      signedIn = true;
      return jsonResponse({ signed_in: true });
    },
    '/api/console/sign-out': () => {
      signedIn = false;
      return new Response(null, { status: 204 });
    },
  });
  return fetchMock;
}

afterEach(() => noteSignedIn());

describe('SignInGate', () => {
  it('covers the app until a key signs in, shows why a key is refused, then shows the page', async () => {
    signInServer();
    renderApp('/experiments');
    const dialog = await screen.findByRole('dialog', { name: 'Sign in' });
    expect(screen.getByRole('status')).toHaveTextContent('Sign in to use the console.');
    expect(await screen.findByText(/npm run users -- add/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText('Personal API key')).toHaveAccessibleDescription(
      'Paste your personal API key.',
    );
    await userEvent.type(screen.getByLabelText('Personal API key'), 'phx_wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Personal API key')).toHaveAccessibleDescription(
        'This server does not know that key.',
      ),
    );

    await userEvent.clear(screen.getByLabelText('Personal API key'));
    await userEvent.type(screen.getByLabelText('Personal API key'), KEY);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(
      await screen.findByRole('button', { name: 'Signed in as Ada Lovelace' }),
    ).toBeInTheDocument();
  });

  it('says a session expired; Sign out forgets the tab’s drafts and reloads to a clean sign-in screen', async () => {
    const fetchMock = signInServer(() =>
      unauthorized(
        'session_expired',
        'Your session expired. Sign in again to carry on where you were.',
      ),
    );
    renderApp('/experiments');
    expect(await screen.findByRole('status')).toHaveTextContent('Your session expired.');
    await userEvent.type(screen.getByLabelText('Personal API key'), `${KEY}{Enter}`);

    sessionStorage.setItem(`${DRAFT_PREFIX}42`, '{"values":{}}');
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    await userEvent.click(await screen.findByRole('button', { name: 'Signed in as Ada Lovelace' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    await waitFor(() => expect(reload).toHaveBeenCalled());
    expect(
      fetchMock.mock.calls.some(([url]) => String(url).endsWith('/api/console/sign-out')),
    ).toBe(true);
    expect(sessionStorage.getItem(`${DRAFT_PREFIX}42`)).toBeNull();
    vi.unstubAllGlobals();
  });

  it('after the reload that follows Sign out, says “You signed out.”', async () => {
    sessionStorage.setItem('experiment-console:signed-out', '1');
    signInServer();
    renderApp('/experiments');
    expect(await screen.findByRole('status')).toHaveTextContent('You signed out.');
    // Said once: the next time the console finds itself signed out, it says why as usual.
    expect(sessionStorage.getItem('experiment-console:signed-out')).toBeNull();
  });

  it('never shows for PostHog’s own 401s (a bad server-wide key is not a sign-in)', async () => {
    stubFetch({
      ...shellHandlers,
      '/api/projects/@current/experiments/': () =>
        unauthorized(
          'authentication_failed',
          'Personal API key found in request Authorization header is invalid.',
        ),
    });
    renderApp('/experiments');
    expect(await screen.findByText(/Personal API key found in request/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Sign in' })).not.toBeInTheDocument();
  });
});
