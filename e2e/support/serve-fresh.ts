// Starts the real server on a brand-new database, so every e2e run begins from the same seeded demo.
import { rmSync } from 'node:fs';

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error('serve-fresh needs DATA_DIR: it deletes that folder first.');
rmSync(dataDir, { recursive: true, force: true });
await import('../../src/server/cli/start');
