// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { experimentPage, shellHandlers } from '@/app/testing/app-stubs';
import { renderApp } from '@/app/testing/render-app';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';

const experiments = { '/api/projects/@current/experiments/': () => experimentPage([]) };

describe('App shell', () => {
  it('redirects home to the list and shows product, navigation, backend and user', async () => {
    stubFetch({ ...shellHandlers, ...experiments });
    const { history } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Experiments' })).toBeVisible();
    expect(history.location.pathname).toBe('/experiments');
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute(
      'href',
      '#main-content',
    );
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Experiments' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(await screen.findByText('Embedded demo · Demo project')).toBeInTheDocument();
    expect(
      await screen.findByRole('img', { name: 'Signed in as Ada Lovelace' }),
    ).toBeInTheDocument();
  });

  it('names the PostHog host and project in PostHog mode', async () => {
    stubFetch({
      ...shellHandlers,
      ...experiments,
      '/api/console/config': () =>
        jsonResponse({
          mode: 'posthog',
          host: 'https://us.posthog.com',
          project: { id: 7, name: 'Web app' },
        }),
    });
    renderApp('/experiments');
    expect(await screen.findByText('PostHog · us.posthog.com · Web app')).toBeInTheDocument();
  });

  it('switches the colour scheme from the top bar', async () => {
    stubFetch({ ...shellHandlers, ...experiments });
    renderApp('/experiments');

    await userEvent.click(await screen.findByRole('button', { name: 'Theme: System' }));
    await userEvent.click(screen.getByRole('menuitemradio', { name: 'Dark' }));
    expect(screen.getByRole('button', { name: 'Theme: Dark' })).toBeInTheDocument();
    expect(localStorage.getItem('experiment-console-mode')).toBe('dark');
  });

  it('shows a not-found page for an unknown address', async () => {
    stubFetch(shellHandlers);
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to experiments' })).toHaveAttribute(
      'href',
      '/experiments',
    );
  });
});
