import { Hono } from 'hono';
import type { AppEnv } from '../http/env';

/** `POST …/query/`: PostHog's query endpoint, answering the two experiment query kinds. */
export function queryRoutes() {
  const app = new Hono<AppEnv>({ strict: false });
  return app;
}
