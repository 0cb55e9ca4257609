/// <reference types="vitest/config" />
import { defineConfig, type Plugin, type ViteDevServer } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { precompress } from './src/server/build/precompress-plugin';
import { isIngestionPath } from './src/server/ingest/ingest-paths';

/**
 * `npm run dev`: the same API (and ingestion endpoints) the production server mounts, on the same origin as Vite's hot-reloading SPA.
 * The server module is loaded through Vite so edits to it apply on the next request.
 */
function embeddedApi(): Plugin {
  return {
    name: 'experiment-console-embedded-api',
    configureServer(server: ViteDevServer) {
      server.middlewares.use(async (req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        // The API, and PostHog's capture and flags endpoints so SDKs can point at the dev server too.
        if (!path.startsWith('/api/') && !isIngestionPath(path)) return next();
        try {
          const mod = (await server.ssrLoadModule('/src/server/dev-handler.ts')) as {
            handleDevRequest: (req: unknown, res: unknown) => Promise<void>;
          };
          await mod.handleDevRequest(req, res);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}

/** The contract's modules (src/shared): pure, except the one that installs zod's English messages. */
const isPureSharedModule = (id: string) =>
  /[\\/]src[\\/]shared[\\/]/.test(id) && !/[\\/]schemas[\\/]messages\.ts$/.test(id);

export default defineConfig({
  plugins: [react(), embeddedApi(), precompress()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  // No source maps: the server would publish them, and with them the sources (issue 16).
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      treeshake: {
        // The pages import the contract through its index (`@/shared`). Its schemas are built by calls at
        // module level, which a bundler must keep unless told they are pure: so every page loaded every
        // schema and rule, ~6 kB gzip more on the dashboard and on the editor than they run. The index's own
        // import of schemas/messages.ts goes with it, so the browser's entry (main.tsx) imports that.
        moduleSideEffects: (id: string) => !isPureSharedModule(id),
      },
      output: {
        codeSplitting: {
          groups: [
            // MUI's Dialog is used by five lazy chunks but opened by no first view: it gets a file of its
            // own (its dependencies, MUI's Modal and transitions, stay where the pages need them).
            {
              name: 'dialog',
              test: /node_modules[\\/]@mui[\\/]material[\\/]Dialog/,
              priority: 2,
              includeDependenciesRecursively: false,
            },
            // Left to itself, Rolldown makes one chunk per set of lazy chunks sharing a module: the
            // dashboard's first view fetched 39 files, most under 2 kB, each compressed on its own. What
            // five or more lazy chunks use (MUI's inputs and buttons, the data layer, the shared rules) is
            // what every page needs, so it goes into one common chunk: 15 files, and ~8 kB less gzip on
            // each route's first load.
            { name: 'common', minShareCount: 5 },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['src/testing/vitest-setup.ts'],
    // Server tests open real SQLite files; two workers match the two cores here.
    maxWorkers: 2,
    // Component tests render lazy routes on two busy cores: 5 s is too tight, a hang still fails.
    testTimeout: 20_000,
    restoreMocks: true,
  },
});
