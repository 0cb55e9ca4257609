import { expect, test, type Page } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  markBuilt,
  PROJECT_ROOT,
  startServer,
  type ServerProcess,
} from '../src/testing/robustness/server-process';

// Faults in the browser: the server stops while a form is being saved. The editor must say so, keep what
// was typed, and the retry must succeed once the server is back. These tests run their own server process
// (the one Playwright starts cannot be stopped from a test) on a copy of the build Playwright's server made,
// and kill it with SIGKILL, as a crash would.

const TYPED = 'Saved after the outage';
let dir: string;
let run = 0;
const servers: ServerProcess[] = [];

test.beforeAll(() => {
  const baseURL = test.info().project.use.baseURL ?? '';
  const builtFor = join(PROJECT_ROOT, 'e2e/.output', `dist-${new URL(baseURL).port}`);
  if (!existsSync(join(builtFor, 'index.html'))) throw new Error(`No build at ${builtFor}`);
  dir = mkdtempSync(join(tmpdir(), 'experiment-console-faults-'));
  cpSync(builtFor, join(dir, 'dist'), { recursive: true });
  markBuilt(join(dir, 'dist'));
});
test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
});

/** A server of this test's own, an experiment on it, and its editor open with the name changed. */
async function editWhileUp(page: Page) {
  run += 1;
  const options = { dataDir: join(dir, `data-${run}`), distDir: join(dir, 'dist') };
  const server = await startServer(options);
  servers.push(server);
  const res = await fetch(`${server.baseUrl}/api/projects/1/experiments/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Fault target', feature_flag_key: `fault-target-${run}` }),
  });
  const { id } = (await res.json()) as { id: number };
  await page.goto(`${server.baseUrl}/experiments/${id}/edit`);
  const name = page.getByRole('textbox', { name: /^Name\s*\*?$/ });
  await expect(name).toHaveValue('Fault target');
  await name.fill(TYPED);
  /** Kills the server, presses Save, and expects the UI to say the server cannot be reached. */
  const saveWhileDown = async () => {
    await server.kill('SIGKILL');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText(/could not reach the server/i).first()).toBeVisible();
  };
  const restart = async () => servers.push(await startServer({ ...options, port: server.port }));
  const savedName = async () =>
    (
      (await (await fetch(`${server.baseUrl}/api/projects/1/experiments/${id}/`)).json()) as {
        name: string;
      }
    ).name;
  return { name, saveWhileDown, restart, savedName };
}

test('no edit is lost when a save meets a stopped server, and saving succeeds once it is back', async ({
  page,
}) => {
  const { name, saveWhileDown, restart, savedName } = await editWhileUp(page);
  await saveWhileDown();
  await restart();
  // Today the editor gives way to "Could not load this experiment" (see the next test): its Retry brings
  // the editor back with the typed values offered as a draft. Once the form stays, there is nothing to do.
  const retry = page.getByRole('button', { name: 'Retry' });
  if (await retry.isVisible()) {
    await retry.click();
    await page.getByRole('button', { name: 'Restore' }).click();
  }
  await expect(name).toHaveValue(TYPED);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('No unsaved changes')).toBeVisible();
  expect(await savedName()).toBe(TYPED);
});

test('the editor stays on screen with what was typed while the server is unreachable', async ({
  page,
}) => {
  // KNOWN BUG (reported): the save's conflict check refetches the experiment query; when that fetch fails
  // the query is in error, and src/app/routes/experiments/edit.tsx swaps the whole form for its error state
  // although the loaded experiment is still there. Remove this line once the form stays.
  const { name, saveWhileDown } = await editWhileUp(page);
  await saveWhileDown();
  await expect(name).toHaveValue(TYPED, { timeout: 2_000 });
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeEnabled();
});
