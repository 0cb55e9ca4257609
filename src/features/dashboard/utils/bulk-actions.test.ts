import { describe, expect, it } from 'vitest';
import { VIEWER_ONLY_REASON } from '@/shared';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { BATCH_WORDS, BULK_ACTIONS, LIVE_FLAG_DELETE_REASON, planBulk } from './bulk-actions';

const flag = (active: boolean) => ({ ...makeExperiment().feature_flag!, active });
const draft = makeExperiment({ name: 'Draft' });
const running = makeExperiment({
  name: 'Running',
  start_date: '2025-03-06T00:00:00Z',
  feature_flag: flag(true),
});
const paused = makeExperiment({
  name: 'Paused',
  start_date: '2025-03-06T00:00:00Z',
  feature_flag: flag(false),
});
const ended = makeExperiment({
  name: 'Ended',
  start_date: '2025-03-06T00:00:00Z',
  end_date: '2025-03-20T00:00:00Z',
  feature_flag: flag(true),
});
const archived = { ...ended, id: 999, name: 'Archived', archived: true };
const viewers = makeExperiment({ name: 'Viewer’s', user_access_level: 'viewer' });

const names = (plan: ReturnType<typeof planBulk>) => ({
  ready: plan.ready.map((e) => e.name),
  skipped: plan.skipped.map(({ experiment, reason }) => `${experiment.name}: ${reason}`),
});

describe('planBulk', () => {
  it('resumes the paused ones and skips the others with the row menu’s reasons', () => {
    expect(names(planBulk('resume', [paused, running, draft, viewers]))).toEqual({
      ready: ['Paused'],
      skipped: [
        'Running: Experiment is not paused.',
        'Draft: Experiment has not been launched yet.',
        `Viewer’s: ${VIEWER_ONLY_REASON}`,
      ],
    });
  });

  it('archives only after ending, unarchives only what is archived', () => {
    expect(names(planBulk('archive', [ended, running])).skipped).toEqual([
      'Running: Experiment must be ended before it can be archived.',
    ]);
    expect(names(planBulk('unarchive', [archived, ended])).ready).toEqual(['Archived']);
  });

  it('ends running and paused experiments, not drafts or ended ones', () => {
    expect(names(planBulk('end', [running, paused, draft, ended])).ready).toEqual([
      'Running',
      'Paused',
    ]);
  });

  it('never deletes an experiment whose flag is serving users; a flag that is off is fine', () => {
    const plan = names(planBulk('delete', [draft, paused, running, ended]));
    expect(plan.ready).toEqual(['Draft', 'Paused']);
    expect(plan.skipped).toEqual([
      `Running: ${LIVE_FLAG_DELETE_REASON}`,
      `Ended: ${LIVE_FLAG_DELETE_REASON}`,
    ]);
  });

  it('offers Undo exactly where an action has an inverse, and the inverse of the inverse is the action', () => {
    for (const action of BULK_ACTIONS) {
      const inverse = BATCH_WORDS[action].inverse;
      if (action === 'end') expect(inverse).toBeUndefined();
      else if (action === 'delete') expect(inverse).toBe('restore');
      else expect(BATCH_WORDS[inverse!].inverse).toBe(action);
    }
  });
});
