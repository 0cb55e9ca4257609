/** What each kind of activity entry says after the person's name. */
const ACTIVITY_VERBS: Record<string, string> = {
  created: 'created the experiment',
  updated: 'edited the experiment',
  launched: 'launched the experiment',
  paused: 'paused the experiment',
  resumed: 'resumed the experiment',
  ended: 'ended the experiment',
  variant_shipped: 'shipped a variant',
  archived: 'archived the experiment',
  unarchived: 'unarchived the experiment',
  reset: 'reset the experiment to draft',
  deleted: 'deleted the experiment',
  restored: 'restored the experiment',
};

export function activityVerb(activity: string): string {
  return ACTIVITY_VERBS[activity] ?? activity.replace(/_/g, ' ');
}
