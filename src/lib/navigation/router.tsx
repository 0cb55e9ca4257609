import {
  Children,
  Fragment,
  isValidElement,
  useContext,
  useEffect,
  useMemo,
  useState,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';
import { createPath, resolveLocation, type To } from './history';
import { HistoryRouter } from './history-router';
import { matchPath, patternScore, type Params } from './match-path';
import { createMemoryNavigationHistory } from './navigation-history';
import { RouteContext, useLocation, useNavigate, type NavigateOptions } from './router-hooks';

/**
 * The app's router: the part of react-router's declarative API this app uses (Routes with nested layout
 * routes and an Outlet, Link, Navigate; its hooks are in router-hooks.ts), over our own history
 * (history.ts). react-router itself weighed about 14 kB gzipped on every page's first load (issue 12), for
 * features (data routers, forms, fetchers) the app does not use.
 */

/** Where a layout route shows the route matched inside it. */
export function Outlet() {
  return useContext(RouteContext).outlet;
}

interface RouteProps {
  /** Absent on a layout route, which only wraps the routes inside it. */
  path?: string;
  /** Matches its parent's own path ("/" at the top). */
  index?: boolean;
  element?: ReactNode;
  children?: ReactNode;
}

/** Configuration only: <Routes> reads its props. */
export function Route(_props: RouteProps): ReactElement | null {
  throw new Error('<Route> belongs inside <Routes>.');
}

interface Branch {
  /** Outermost route first. */
  elements: ReactNode[];
  pattern: string;
  score: number;
}

function branches(children: ReactNode, parents: ReactNode[] = [], base = ''): Branch[] {
  const found: Branch[] = [];
  Children.forEach(children, (child) => {
    if (!isValidElement<RouteProps>(child)) return;
    if (child.type === Fragment) {
      found.push(...branches(child.props.children, parents, base));
      return;
    }
    if (child.type !== Route) throw new Error('Only <Route> elements belong inside <Routes>.');
    const { path, index, element, children: inner } = child.props;
    const pattern =
      path === undefined ? base : `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
    const elements = [...parents, element];
    if (inner) found.push(...branches(inner, elements, pattern));
    else if (index || path !== undefined) {
      const full = pattern || '/';
      // An index route counts as a little more specific than a splat or its layout alone.
      found.push({ elements, pattern: full, score: patternScore(full) + (index ? 2 : 0) });
    }
  });
  return found;
}

/** Renders the best-matching route for the location, inside its layout routes. */
export function Routes({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const all = useMemo(() => branches(children), [children]);
  let best: { branch: Branch; params: Params } | null = null;
  for (const branch of all) {
    const params = matchPath(branch.pattern, pathname);
    if (params && (!best || branch.score > best.branch.score)) best = { branch, params };
  }
  if (!best) return null;
  const { params } = best;
  return best.branch.elements.reduceRight<ReactNode>(
    (outlet, element) => <RouteContext value={{ outlet, params }}>{element}</RouteContext>,
    null,
  );
}

/** Goes to `to` once rendered (e.g. "/" to the list). */
export function Navigate({ to, replace, state }: NavigateOptions & { to: To }) {
  const navigate = useNavigate();
  const path = typeof to === 'string' ? to : createPath(to);
  useEffect(() => navigate(path, { replace, state }), [navigate, path, replace, state]);
  return null;
}

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: To;
  replace?: boolean;
  state?: unknown;
  ref?: Ref<HTMLAnchorElement>;
}

/**
 * An anchor that navigates within the app on a plain click, and leaves the browser's own behaviour
 * (new tab, download, a modified click) to everything else. Clicking a link to where one already is
 * replaces the entry rather than adding one, as react-router's Link does.
 */
export function Link({ to, replace, state, onClick, target, ref, children, ...anchor }: LinkProps) {
  const location = useLocation();
  const navigate = useNavigate();
  const href = createPath(resolveLocation(location, to, null));
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.altKey || event.ctrlKey || event.shiftKey;
    if (event.defaultPrevented || event.button !== 0 || modified) return;
    if (target && target !== '_self') return;
    event.preventDefault();
    navigate(href, { replace: replace ?? createPath(location) === href, state });
  };
  return (
    <a {...anchor} ref={ref} href={href} target={target} onClick={handleClick}>
      {children}
    </a>
  );
}

/** A router over a history in memory, for component tests. */
export function MemoryRouter({
  initialEntries = ['/'],
  children,
}: {
  initialEntries?: string[];
  children: ReactNode;
}) {
  const [history] = useState(() => createMemoryNavigationHistory(initialEntries));
  return <HistoryRouter history={history}>{children}</HistoryRouter>;
}
