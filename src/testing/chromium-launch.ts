import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium (never a downloaded browser), headless, for the e2e tests and the benchmarks alike.
 * The network flags stop Chromium calling out on a closed network.
 */
/** Where the browser is: CHROME_PATH, else Debian's package. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
