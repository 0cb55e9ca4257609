import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const readIndexHtml = (distDir: string) => readFileSync(join(distDir, 'index.html'), 'utf8');

/**
 * The built SPA: hashed assets cached for a year, everything else that is not a file gets index.html so
 * client routes (/experiments/42) survive a reload. Source maps are never served, even from an older build
 * that has them: they would publish the sources.
 */
export function staticSite(distDir: string) {
  const root = relative(process.cwd(), distDir) || '.';
  const indexHtml = readIndexHtml(distDir);
  const app = new Hono();
  app.get('*', async (c, next) => {
    if (c.req.path.endsWith('.map')) return c.body(null, 404);
    await next();
  });
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', serveStatic({ root }));
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
  return app;
}
