import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { EndExperimentInput, Experiment } from '@/shared';
import { settleExperimentWrite } from '@/features/experiments/api/experiment-cache';
import { actionChangesFlag } from '@/features/experiments/api/experiment-mutations';
import { recordDeletes, showWritten, writeOne } from '../api/batch-write';
import type { BatchAction } from '../utils/bulk-actions';
import { runBatch, type ItemOutcome } from '../utils/run-batch';
import type { RowSelection } from './use-row-selection';

/** PostHog's burst limit is 480 requests a minute per team: four at a time leaves room for everyone else. */
const CONCURRENCY = 4;

export interface BatchRow {
  experiment: Experiment;
  outcome: ItemOutcome<Experiment>;
}

export interface BatchRun {
  action: BatchAction;
  total: number;
  settled: number;
  /** Stop was asked for: what has not started will not. */
  stopping: boolean;
  /** Each experiment's outcome, in the order planned; null while the batch runs. */
  rows: BatchRow[] | null;
}

/**
 * Runs a batch and keeps what a dialog shows of it: progress, then the report. Rows update as each write
 * lands; lists, counts and (when flags changed) other experiments refetch once, at the end.
 */
export function useBatchRun(selection: RowSelection) {
  const queryClient = useQueryClient();
  // Stable functions: the selection object itself changes whenever a row is ticked.
  const { add, update } = selection;
  const [run, setRun] = useState<BatchRun | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (
      action: BatchAction,
      experiments: readonly Experiment[],
      endBody?: EndExperimentInput,
    ) => {
      const abort = new AbortController();
      controller.current = abort;
      setRun({ action, total: experiments.length, settled: 0, stopping: false, rows: null });
      const outcomes = await runBatch({
        items: experiments,
        perform: (experiment) => writeOne(action, experiment.id, endBody),
        concurrency: CONCURRENCY,
        signal: abort.signal,
        onSettled: (_experiment, outcome, settled) => {
          if (outcome.state === 'done') showWritten(queryClient, action, outcome.value);
          setRun((current) => current && { ...current, settled });
        },
      });
      const rows = experiments.map((experiment, i) => ({ experiment, outcome: outcomes[i]! }));
      const saved = rows.flatMap(({ outcome }) =>
        outcome.state === 'done' ? [outcome.value] : [],
      );
      if (action === 'delete')
        update(
          [],
          saved.map((e) => e.id),
        );
      else if (action === 'restore') add(saved);
      else update(saved);
      setRun((current) => current && { ...current, rows });
      await Promise.all([
        recordDeletes(queryClient, action, saved),
        settleExperimentWrite(queryClient, undefined, { flagMayChange: actionChangesFlag(action) }),
      ]);
    },
    [queryClient, add, update],
  );

  const stop = useCallback(() => {
    controller.current?.abort();
    setRun((current) => current && { ...current, stopping: true });
  }, []);

  return { run, start, stop };
}
