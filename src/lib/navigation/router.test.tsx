// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createBrowserHistory, createMemoryHistory, createPath } from './history';
import { HistoryRouter } from './history-router';
import { matchPath } from './match-path';
import { createMemoryNavigationHistory } from './navigation-history';
import { Link, Navigate, Outlet, Route, Routes } from './router';
import { useLocation, useParams, useSearchParams } from './router-hooks';

afterEach(cleanup);

describe('matchPath', () => {
  it('matches whole paths, with parameters decoded and trailing slashes ignored', () => {
    expect(matchPath('/experiments/:id/edit', '/experiments/42/edit/')).toEqual({ id: '42' });
    expect(matchPath('/experiments/:id', '/experiments/a%20b')).toEqual({ id: 'a b' });
    expect(matchPath('/experiments', '/Experiments')).toEqual({});
    expect(matchPath('/experiments/:id', '/experiments')).toBeNull();
    expect(matchPath('/experiments/:id', '/experiments/1/edit')).toBeNull();
    expect(matchPath('*', '/any/where')).toEqual({ '*': 'any/where' });
  });
});

function Layout() {
  return (
    <main>
      <p>Layout at {useLocation().pathname}</p>
      <Outlet />
    </main>
  );
}

function Experiment() {
  return <h1>Experiment {useParams().id}</h1>;
}

function Tabs() {
  const [params, setParams] = useSearchParams();
  return (
    <button type="button" onClick={() => setParams((p) => (p.set('tab', 'results'), p))}>
      Tab {params.get('tab') ?? 'none'}
    </button>
  );
}

function renderApp(url: string) {
  const history = createMemoryNavigationHistory([url]);
  render(
    <HistoryRouter history={history}>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<Navigate to="/experiments" replace />} />
          <Route path="/experiments" element={<Link to="/experiments/7">Open 7</Link>} />
          <Route path="/experiments/new" element={<h1>New</h1>} />
          <Route path="/experiments/:id" element={<Experiment />} />
          <Route path="/tabs" element={<Tabs />} />
          <Route path="*" element={<h1>Not found</h1>} />
        </Route>
      </Routes>
    </HistoryRouter>,
  );
  return history;
}

describe('Routes', () => {
  it('prefers a fixed segment over a parameter, and a parameter over the catch-all', () => {
    const history = renderApp('/experiments/new');
    expect(screen.getByRole('heading')).toHaveTextContent('New');
    act(() => history.push('/experiments/12'));
    expect(screen.getByRole('heading')).toHaveTextContent('Experiment 12');
    act(() => history.push('/nowhere/at/all'));
    expect(screen.getByRole('heading')).toHaveTextContent('Not found');
    expect(screen.getByText('Layout at /nowhere/at/all')).toBeInTheDocument();
  });

  it('sends the index route on with Navigate, replacing the entry', () => {
    const history = renderApp('/');
    expect(history.location.pathname).toBe('/experiments');
    expect(history.action).toBe('REPLACE');
  });

  it('follows a plain click on a Link in the app, and leaves a modified click to the browser', () => {
    const history = renderApp('/experiments');
    const link = screen.getByRole('link', { name: 'Open 7' });
    expect(link).toHaveAttribute('href', '/experiments/7');
    const ctrlClick = fireEvent.click(link, { ctrlKey: true });
    expect(ctrlClick).toBe(true);
    expect(history.location.pathname).toBe('/experiments');
    act(() => void fireEvent.click(link));
    expect(history.location.pathname).toBe('/experiments/7');
    expect(history.action).toBe('PUSH');
  });

  it('sets search parameters on the same page', () => {
    const history = renderApp('/tabs?x=1');
    act(() => void fireEvent.click(screen.getByRole('button', { name: 'Tab none' })));
    expect(createPath(history.location)).toBe('/tabs?x=1&tab=results');
    expect(screen.getByRole('button')).toHaveTextContent('Tab results');
  });
});

describe('history', () => {
  it('in memory: push drops the forward entries, go stays within the entries', () => {
    const history = createMemoryHistory(['/a', '/b']);
    const seen: string[] = [];
    history.listen(({ action, location, delta }) =>
      seen.push(`${action} ${location.pathname} ${delta}`),
    );
    history.go(-1);
    history.push('/c');
    history.go(1);
    history.go(-5);
    expect(seen).toEqual(['POP /a -1', 'PUSH /c 1', 'POP /c 0', 'POP /a -1']);
  });

  it("in the browser: Back reports how far it went, from the entry's index", async () => {
    window.history.replaceState(null, '', '/start');
    const history = createBrowserHistory();
    const seen: string[] = [];
    history.listen(({ action, location, delta }) =>
      seen.push(`${action} ${location.pathname} ${delta}`),
    );
    history.push('/one', { from: 'test' });
    history.push('/two');
    expect(history.location.state).toBeNull();
    const popped = new Promise((resolve) =>
      window.addEventListener('popstate', resolve, { once: true }),
    );
    history.go(-2);
    await popped;
    expect(seen).toEqual(['PUSH /one 1', 'PUSH /two 1', 'POP /start -2']);
  });
});
