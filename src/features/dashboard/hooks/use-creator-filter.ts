import { useCurrentUser } from '@/lib/session/current-user';
import type { CreatorFilter } from '../utils/dashboard-view';

/**
 * Turns the URL's creator into PostHog's `created_by_id`. "me" waits for the current user; if the user has no
 * id (an older PostHog answer), "me" cannot be applied and the list shows everyone.
 */
export function useCreatorFilter(creator: CreatorFilter) {
  const me = useCurrentUser();
  const myId = me.data?.id;
  if (creator !== 'me') return { createdById: creator ?? undefined, ready: true, myId };
  return { createdById: myId, ready: !me.isPending, myId };
}
