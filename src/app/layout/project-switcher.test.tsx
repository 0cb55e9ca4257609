// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { experimentPage, shellHandlers } from '@/app/testing/app-stubs';
import { renderApp } from '@/app/testing/render-app';
import { jsonResponse, stubFetch } from '@/lib/testing/fetch-stub';

const posthogConfig = (id: number, name: string) =>
  jsonResponse({ mode: 'posthog', host: 'us.posthog.com', project: { id, name } });
const projects = (names: string[]) =>
  jsonResponse({
    count: names.length,
    next: null,
    previous: null,
    results: names.map((name, i) => ({ id: i + 1, name })),
  });

describe('ProjectSwitcher', () => {
  it('switches the project the proxy uses and reloads what is shown', async () => {
    let current = { id: 1, name: 'Web app' };
    const fetchMock = stubFetch({
      ...shellHandlers,
      '/api/console/config': () => posthogConfig(current.id, current.name),
      '/api/projects/': () => projects(['Web app', 'Mobile app']),
      '/api/console/project': ({ body }) => {
        current = { id: (body as { id: number }).id, name: 'Mobile app' };
        return posthogConfig(current.id, current.name);
      },
      '/api/projects/@current/experiments/': () => experimentPage([]),
    });
    renderApp('/experiments');

    await userEvent.click(await screen.findByRole('combobox', { name: 'Project' }));
    await userEvent.click(screen.getByRole('option', { name: 'Mobile app' }));

    expect(await screen.findByText('PostHog · us.posthog.com · Mobile app')).toBeInTheDocument();
    const switchCall = fetchMock.mock.calls.find(([url]) =>
      String(url).endsWith('/api/console/project'),
    );
    expect(switchCall?.[1]).toMatchObject({ method: 'POST', body: JSON.stringify({ id: 2 }) });
  });

  it('is not shown on the embedded server or with a single project', async () => {
    stubFetch({
      ...shellHandlers,
      '/api/projects/': () => projects(['Only one']),
      '/api/projects/@current/experiments/': () => experimentPage([]),
    });
    renderApp('/experiments');
    expect(await screen.findByText('Embedded demo · Demo project')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Project' })).not.toBeInTheDocument();
  });
});
