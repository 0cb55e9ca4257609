import { sessionSecret } from '../session-secret';
import { openSessionStore } from '../session-store';

export const TEST_SESSION_SECRET = 'test-session-secret-of-32-chars!';

/** A session store in memory, with the default lifetimes unless a test shortens them. */
export function testSessionStore(
  { idleMs = 12 * 3_600_000, absoluteMs = 30 * 86_400_000, file = ':memory:' } = {},
  now: () => number = () => Date.now(),
) {
  return openSessionStore(file, sessionSecret(TEST_SESSION_SECRET), { idleMs, absoluteMs }, now);
}
