import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Location, To } from './history';
import { matchPath, type Params } from './match-path';
import { LocationContext, useNavigationHistory } from './navigation-context';

/** The router's hooks (its components are in router.tsx). */

export type { Location, To } from './history';

export function useLocation(): Location {
  const location = useContext(LocationContext);
  if (!location) throw new Error('Navigation hooks need a <HistoryRouter> above them.');
  return location;
}

export interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}

export type NavigateFunction = (to: To | number, options?: NavigateOptions) => void;

/** Goes somewhere, or by a number of entries (-1 is Back); stable across renders. */
export function useNavigate(): NavigateFunction {
  const history = useNavigationHistory();
  return useCallback(
    (to, options = {}) => {
      if (typeof to === 'number') history.go(to);
      else if (options.replace) history.replace(to, options.state);
      else history.push(to, options.state);
    },
    [history],
  );
}

type SearchParamsInit = URLSearchParams | string | Record<string, string>;
type NextSearchParams = SearchParamsInit | ((current: URLSearchParams) => SearchParamsInit);

/** The URL's query, and a setter that navigates to the same page with another one. */
export function useSearchParams(): [
  URLSearchParams,
  (next: NextSearchParams, options?: NavigateOptions) => void,
] {
  const { search } = useLocation();
  const navigate = useNavigate();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback(
    (next: NextSearchParams, options?: NavigateOptions) => {
      const value = typeof next === 'function' ? next(new URLSearchParams(params)) : next;
      navigate(`?${new URLSearchParams(value).toString()}`, options);
    },
    [navigate, params],
  );
  return [params, setParams];
}

/** The current pathname's parameters if it matches `pattern`, else null. */
export function useMatch(pattern: string): { params: Params } | null {
  const { pathname } = useLocation();
  return useMemo(() => {
    const params = matchPath(pattern, pathname);
    return params ? { params } : null;
  }, [pattern, pathname]);
}

export interface RouteContextValue {
  outlet: ReactNode;
  params: Params;
}

export const RouteContext = createContext<RouteContextValue>({ outlet: null, params: {} });

export function useParams(): Params {
  return useContext(RouteContext).params;
}
