import { Hono } from 'hono';
import type { Db } from '../db/connection';

/**
 * PostHog's ingestion endpoints, served at the root like PostHog's own (`/batch/`, `/e/`, `/i/v0/e/`,
 * `/capture/`, `/flags/`, `/decide/`), authenticated by the project's api token in the payload.
 */
export function ingestRoutes(_deps: { db: Db; now: () => Date }) {
  const app = new Hono({ strict: false });
  return app;
}
