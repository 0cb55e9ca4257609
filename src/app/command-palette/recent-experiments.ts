import { useEffect } from 'react';
import { z } from 'zod/mini';
import { useConsoleConfig } from '@/lib/session/console-config';
import { storedList } from '@/lib/stored-list';

/** The experiments this browser opened last, per project: the command palette offers them first. */
const RecentExperiment = z.object({ id: z.number(), name: z.string() });
export type RecentExperiment = z.infer<typeof RecentExperiment>;

const MAX_RECENT = 8;
const recent = storedList((item) => {
  const parsed = RecentExperiment.safeParse(item);
  return parsed.success ? parsed.data : null;
}, MAX_RECENT);

const recentKey = (projectId: number) => `experiment-console:recent-experiments:${projectId}`;

function useRecentKey(): string | undefined {
  const projectId = useConsoleConfig().data?.project.id;
  return projectId === undefined ? undefined : recentKey(projectId);
}

/** Newest first. */
export function useRecentExperiments(): RecentExperiment[] {
  return recent.useList(useRecentKey());
}

/** Puts the experiment on screen first in the list (once its name is known). */
export function useRememberVisit(experiment: RecentExperiment | undefined): void {
  const key = useRecentKey();
  const id = experiment?.id;
  const name = experiment?.name;
  useEffect(() => {
    if (key === undefined || id === undefined || name === undefined) return;
    const list = recent.read(key);
    if (list[0]?.id === id && list[0].name === name) return;
    recent.write(key, [{ id, name }, ...list.filter((entry) => entry.id !== id)]);
  }, [key, id, name]);
}
