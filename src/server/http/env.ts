import type { KeyOwner } from '../auth/personal-api-keys';
import type { Session } from '../auth/session-store';
import type { RequestContext } from '../services/context';

/** Hono variables set per request. */
export interface AppEnv {
  /**
   * origin: where links in responses point (configured; absent in tests and `npm run dev`). actor: whose
   * personal API key the request carries, when the server requires one. session: the signed-in person's.
   */
  Variables: { ctx: RequestContext; origin?: string; actor?: KeyOwner; session?: Session };
}
