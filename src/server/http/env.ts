import type { RequestContext } from '../services/context';

/** Hono variables set per request. */
export interface AppEnv {
  /** origin: where links in responses point (configured; absent in tests and `npm run dev`). */
  Variables: { ctx: RequestContext; origin?: string };
}
