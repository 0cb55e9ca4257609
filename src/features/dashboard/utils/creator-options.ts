import { userDisplayName, type Experiment, type UserBasic } from '@/shared';

export interface CreatorOption {
  id: number;
  name: string;
}

/**
 * PostHog has no endpoint listing a project's members, so the filter offers the people seen as creators of
 * the experiments already loaded (this page and the attention candidates), plus the one in the URL.
 */
export function creatorOptions(
  experimentLists: (readonly Experiment[] | undefined)[],
  selectedId: number | null,
  excludeId?: number,
): CreatorOption[] {
  const people = new Map<number, string>();
  for (const experiment of experimentLists.flatMap((list) => list ?? [])) {
    const user: UserBasic | null | undefined = experiment.created_by;
    if (user && user.id !== excludeId) people.set(user.id, userDisplayName(user));
  }
  if (selectedId !== null && selectedId !== excludeId && !people.has(selectedId)) {
    people.set(selectedId, `User #${selectedId}`);
  }
  return [...people]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
