// Starts the real server on a brand-new database, so every e2e run begins from the same seeded demo.
import { rmSync } from 'node:fs';

rmSync(process.env.DATA_DIR ?? 'e2e/.output/data', { recursive: true, force: true });
await import('../../src/server/cli/start');
