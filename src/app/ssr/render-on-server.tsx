import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import createEmotionServer from '@emotion/server/create-instance';
import { dehydrate } from '@tanstack/react-query';
import { prerenderToNodeStream } from 'react-dom/static';
import { createQueryClient } from '@/lib/query-client';
import { setDisplayZone, type DisplayZone } from '@/lib/display-zone';
import { createMemoryNavigationHistory } from '@/lib/navigation/navigation-history';
import { App } from '../app';
import type { SsrState } from './read-ssr-state';
import { stylesForTakeover } from './server-styles';
import { ssrPrefetch } from './ssr-routes';

export interface RenderedPage {
  /** The content of `<div id="root">`. */
  html: string;
  /** The `<style>` elements of the styles that content uses. */
  styles: string;
  state: SsrState;
}

async function text(stream: AsyncIterable<unknown>): Promise<string> {
  let html = '';
  for await (const chunk of stream) html += String(chunk);
  return html;
}

let dataBudgetMs = 1_500;
export function setSsrDataBudget(ms: number): void {
  dataBudgetMs = ms;
}

// One render at a time: dates are written in the reader's zone, which is set for the whole process while a
// page renders (rendering is CPU work on one thread anyway; the data is fetched before, concurrently).
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Renders the first view of a page the browser would otherwise build itself, from the same components and
 * the same data it would fetch, or null for a page that is not rendered on the server.
 */
export async function renderOnServer(
  url: Pick<URL, 'pathname' | 'search'>,
  zone: DisplayZone | null,
): Promise<RenderedPage | null> {
  const prefetch = ssrPrefetch(url);
  if (!prefetch) return null;
  const queryClient = createQueryClient();
  // A slow backend (PostHog) delays the page no longer than the budget: what has not arrived by then is
  // left out of the page, and the browser reads it itself.
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    prefetch(queryClient),
    new Promise((resolve) => (timer = setTimeout(resolve, dataBudgetMs))),
  ]);
  clearTimeout(timer);
  // What failed or has not arrived renders as loading, as it does in the browser's first render (which
  // gets only the successful data): both render the same, and the browser then reads it itself.
  queryClient.removeQueries({ predicate: (query) => query.state.status !== 'success' });
  return oneAtATime(async () => {
    setDisplayZone(zone);
    try {
      const cache = createCache({ key: 'css' });
      // Styles are collected from the cache after rendering, not written next to each element.
      cache.compat = true;
      const { prelude } = await prerenderToNodeStream(
        <CacheProvider value={cache}>
          <App
            queryClient={queryClient}
            history={createMemoryNavigationHistory([`${url.pathname}${url.search}`])}
          />
        </CacheProvider>,
        // A part that fails here is rendered by the browser instead (React marks it): say what failed.
        {
          onError: (error) => console.error('Server rendering of', url.pathname, 'failed:', error),
          // Every part inline, in order: React otherwise moves large parts to the end of the page with
          // inline scripts to put them back, which the Content-Security-Policy (no inline scripts) refuses.
          progressiveChunkSize: Number.MAX_SAFE_INTEGER,
        },
      );
      const html = await text(prelude);
      const emotion = createEmotionServer(cache);
      const styles = stylesForTakeover(
        emotion.constructStyleTagsFromChunks(emotion.extractCriticalToChunks(html)),
      );
      return {
        html,
        styles,
        state: { queries: dehydrate(queryClient), zoneKnown: zone !== null },
      };
    } finally {
      setDisplayZone(undefined);
      queryClient.clear();
    }
  });
}
