// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Route, Routes } from '@/lib/navigation/router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistoryRouter } from '@/lib/navigation/history-router';
import { createMemoryNavigationHistory } from '@/lib/navigation/navigation-history';
import { AppErrorBoundary } from './app-error-boundary';
import { RouteErrorBoundary } from './route-error-boundary';

function Broken(): never {
  throw new Error('Cannot read the experiment list.');
}

function renderRoutes(url: string) {
  const history = createMemoryNavigationHistory([url]);
  render(
    <HistoryRouter history={history}>
      <RouteErrorBoundary>
        <Routes>
          <Route path="/broken" element={<Broken />} />
          <Route path="/fine" element={<h1>Fine page</h1>} />
        </Routes>
      </RouteErrorBoundary>
    </HistoryRouter>,
  );
  return history;
}

beforeEach(() => {
  // React logs caught errors; the assertions below are what matters.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(cleanup);

describe('error boundaries', () => {
  it('a route error says what happened and offers Reload', () => {
    renderRoutes('/broken');

    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Cannot read the experiment list.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeEnabled();
  });

  it('a route error clears when the location changes, so leaving a broken page works', () => {
    const history = renderRoutes('/broken');
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();

    act(() => history.push('/fine'));
    expect(screen.getByRole('heading', { name: 'Fine page' })).toBeVisible();
    act(() => history.go(-1));
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  });

  it('an error outside the router is caught by the top-level boundary', () => {
    render(
      <AppErrorBoundary>
        <Broken />
      </AppErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeEnabled();
  });
});
