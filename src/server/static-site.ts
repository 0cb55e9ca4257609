import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { acceptsGzip, CompressibleText } from './http/compressible-text';
import type { PageRenderer } from './ssr/page-renderer';

export const readIndexHtml = (distDir: string) => readFileSync(join(distDir, 'index.html'), 'utf8');

/**
 * The built SPA: hashed assets cached for a year, everything else that is not a file gets index.html so
 * client routes (/experiments/42) survive a reload, rendered on the server when `renderPages` can (the
 * dashboard, an experiment's page). Source maps are never served, even from an older build that has them:
 * they would publish the sources. Text goes out compressed to clients that accept it: built files as the
 * build compressed them (.br/.gz beside each), pages gzipped once per rendering.
 */
export function staticSite(distDir: string, renderPages?: Promise<PageRenderer>) {
  const root = relative(process.cwd(), distDir) || '.';
  const indexHtml = new CompressibleText(readIndexHtml(distDir));
  const app = new Hono();
  app.get('*', async (c, next) => {
    if (c.req.path.endsWith('.map')) return c.body(null, 404);
    await next();
  });
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', serveStatic({ root, precompressed: true }));
  app.get('*', async (c) => {
    c.header('Cache-Control', 'no-cache');
    // The zone cookie changes what the page says: a cache must not hand one reader's page to another.
    c.header('Vary', 'Cookie, Accept-Encoding');
    let html: CompressibleText | null = null;
    if (renderPages) {
      try {
        html = await (await renderPages)(new URL(c.req.url), c.req.header('cookie'));
      } catch (error) {
        // The app still works rendered in the browser: a page that failed on the server is not an error.
        console.error('Server rendering failed; serving the plain app:', error);
      }
    }
    const page = html ?? indexHtml;
    const gzipped = acceptsGzip(c.req.header('accept-encoding')) ? page.gzip() : null;
    if (!gzipped) return c.html(page.text);
    c.header('Content-Type', 'text/html; charset=UTF-8');
    c.header('Content-Encoding', 'gzip');
    return c.body(gzipped);
  });
  return app;
}
