import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../src/testing/chromium-launch';

const port = Number(process.env.E2E_PORT ?? 4455);

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser) against the real server on a fresh
 * SQLite file, started and stopped by Playwright itself.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `./.output/results-${port}`,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    [
      'json',
      { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? `./.output/report-${port}.json` },
    ],
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  webServer: {
    command: 'node --import tsx e2e/support/serve-fresh.ts',
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/console/config`,
    reuseExistingServer: false,
    timeout: 180_000,
    // Per-port data and build folders, so parallel runs (E2E_PORT) never share a database or a dist.
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: `e2e/.output/data-${port}`,
      DIST_DIR: `e2e/.output/dist-${port}`,
    },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
