import type { RequestContext } from '../services/context';

/** Hono variables set per request. */
export interface AppEnv {
  Variables: { ctx: RequestContext };
}
