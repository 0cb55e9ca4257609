import { CacheProvider } from '@emotion/react';
import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
// zod's English messages: the bundle leaves out the contract index's own import of them (vite.config.ts).
import '@/shared/schemas/messages';
import { setDisplayZone } from '@/lib/display-zone';
import { createQueryClient } from '@/lib/query-client';
import { prefetchFirstPage } from './prefetch';
import { App } from './app';
import { preloadPage } from './pages';
import { afterFirstPaint } from './ssr/after-first-paint';
import { holdKeysUntilHydrated } from './ssr/held-keys';
import { readSsrState } from './ssr/read-ssr-state';
import { cacheForRenderedPage } from './ssr/server-styles';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">.');

const queryClient = createQueryClient();
const app = (
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>
);

const ssr = readSsrState(document);
if (ssr) {
  holdKeysUntilHydrated();
  // The page arrived rendered (src/server/ssr): take it over with the data it was rendered from, so
  // nothing is fetched twice and the first render matches the server's, in one pass (page module first).
  hydrate(queryClient, ssr.queries);
  if (!ssr.zoneKnown) setDisplayZone(null);
  const styled = <CacheProvider value={cacheForRenderedPage(document)}>{app}</CacheProvider>;
  const takeOver = () => afterFirstPaint(() => hydrateRoot(container, styled));
  preloadPage(window.location.pathname).then(takeOver, takeOver);
} else {
  prefetchFirstPage(queryClient, window.location);
  createRoot(container).render(app);
}
