import react from '@vitejs/plugin-react';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { build } from 'vite';
import { markBuilt, PROJECT_ROOT } from '../robustness/server-process';
import { newContext } from './browser';
import type { Figure } from './report';

/**
 * Bundle: the gzipped JS and CSS a route makes the browser download, read from the real responses in
 * Chromium (every script and stylesheet, lazy chunks included), against the floor: a one-page app with only
 * React + MUI + React Query + react-hook-form + zod/mini (as the app ships), built by the same Vite.
 */

export const FLOOR_APP_PATH = '/bench-floor/index.html';

/** The production build of the app, into the bench's own dist folder. */
export async function buildApp(distDir: string): Promise<void> {
  await build({
    root: PROJECT_ROOT,
    logLevel: 'warn',
    build: { outDir: distDir, emptyOutDir: true },
  });
  markBuilt(distDir);
}

const FLOOR_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>Floor</title></head>
  <body><div id="root"></div><script type="module" src="./main.tsx"></script></body>
</html>
`;

/** The smallest honest app on this stack: a themed MUI form validated by zod, data from React Query. */
const FLOOR_MAIN = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod/mini';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import CssBaseline from '@mui/material/CssBaseline';
import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import TextField from '@mui/material/TextField';
import Button from '@mui/material/Button';

const Schema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'Name is required'), z.maxLength(400)),
});
type Values = z.infer<typeof Schema>;

function Page() {
  const config = useQuery({
    queryKey: ['config'],
    queryFn: async () => (await (await fetch('/api/console/config')).json()) as { project: { name: string } },
  });
  const { register, handleSubmit, formState } = useForm<Values>({
    resolver: zodResolver(Schema),
    defaultValues: { name: '' },
  });
  return (
    <Container maxWidth="sm">
      <Stack spacing={2} sx={{ py: 4 }}>
        <Typography variant="h4" component="h1">{config.data?.project.name ?? 'Loading…'}</Typography>
        <form noValidate onSubmit={handleSubmit((values) => console.log(values))}>
          <Stack spacing={2}>
            <TextField label="Name" {...register('name')} error={!!formState.errors.name} helperText={formState.errors.name?.message} />
            <Button type="submit" variant="contained">Save</Button>
          </Stack>
        </form>
      </Stack>
    </Container>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ThemeProvider theme={createTheme()}>
      <CssBaseline />
      <QueryClientProvider client={new QueryClient()}>
        <Page />
      </QueryClientProvider>
    </ThemeProvider>
  </StrictMode>,
);
`;

/**
 * Writes the floor app's source into .tmp/ inside the project (so it resolves the project's node_modules),
 * builds it with Vite's JS API into distDir/bench-floor/, and removes the source again.
 */
export async function buildFloorApp(distDir: string): Promise<void> {
  const source = join(PROJECT_ROOT, '.tmp', `bench-floor-${process.pid}`);
  mkdirSync(source, { recursive: true });
  try {
    writeFileSync(join(source, 'index.html'), FLOOR_HTML);
    writeFileSync(join(source, 'main.tsx'), FLOOR_MAIN);
    await build({
      root: source,
      configFile: false,
      base: '/bench-floor/',
      logLevel: 'warn',
      plugins: [react()],
      // One chunk by design (it is the floor): no size warning.
      build: {
        outDir: join(distDir, 'bench-floor'),
        emptyOutDir: true,
        chunkSizeWarningLimit: 5000,
      },
    });
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
}

export interface RouteBytes {
  js: number;
  css: number;
  files: { url: string; kind: 'js' | 'css'; bytes: number; gzip: number }[];
}

/** Loads a URL in a fresh context and sums the gzipped size of every JS and CSS response. */
export async function routeBytes(browser: Browser, url: string): Promise<RouteBytes> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const pending: Promise<RouteBytes['files'][number] | null>[] = [];
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      const kind: 'js' | 'css' | null = /javascript/.test(type)
        ? 'js'
        : /text\/css/.test(type)
          ? 'css'
          : null;
      if (!kind) return;
      pending.push(
        response
          .body()
          .then((body) => ({
            url: new URL(response.url()).pathname,
            kind,
            bytes: body.length,
            gzip: gzipSync(body).length,
          }))
          .catch(() => null),
      );
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    // "No request for 500 ms" can come while the main chunk still runs on a busy machine, before the
    // page's own chunk is asked for: wait until the page has rendered, then for the network again.
    await page.waitForFunction(
      () =>
        !document.querySelector('[aria-label="Loading the console"]') &&
        (document.getElementById('root')?.childElementCount ?? 1) > 0,
    );
    await page.waitForLoadState('networkidle');
    const files = (await Promise.all(pending)).filter((f) => f !== null);
    const sum = (kind: 'js' | 'css') =>
      files.filter((f) => f.kind === kind).reduce((total, f) => total + f.gzip, 0) / 1000;
    return { js: sum('js'), css: sum('css'), files };
  } finally {
    await context.close();
  }
}

export async function bundleFigures(browser: Browser, baseUrl: string): Promise<Figure[]> {
  const floor = await routeBytes(browser, baseUrl + FLOOR_APP_PATH);
  const floorKb = floor.js + floor.css;
  const figures: Figure[] = [];
  for (const [label, path, limit] of [
    ['dashboard route /experiments', '/experiments', 250],
    ['editor route /experiments/new', '/experiments/new', undefined],
  ] as const) {
    const route = await routeBytes(browser, baseUrl + path);
    figures.push({
      benchmark: 'Bundle',
      figure: `${label}: gzip JS+CSS`,
      unit: 'kB',
      value: route.js + route.css,
      floor: floorKb,
      floorLabel: 'React+MUI+React Query+RHF+zod one-page app',
      ...(limit ? { limit: { value: limit, source: 'issue 3' } } : {}),
      notes: `${route.files.length} files (JS ${route.js.toFixed(1)} kB, CSS ${route.css.toFixed(1)} kB)`,
    });
  }
  return figures;
}
