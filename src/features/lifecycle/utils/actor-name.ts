import { userDisplayName, type ActivityLogEntry } from '@/shared';

/** Who made an activity entry; the log may carry a partial user, or none for system writes. */
export function actorName(user: ActivityLogEntry['user']): string {
  if (!user) return 'Someone';
  if (user.email) return userDisplayName({ ...user, id: user.id ?? 0, email: user.email });
  return [user.first_name, user.last_name].filter(Boolean).join(' ') || 'Someone';
}
