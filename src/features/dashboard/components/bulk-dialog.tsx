import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { ProgressBar } from '@/lib/ui/progress-bar';
import Stack from '@mui/material/Stack';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { Experiment } from '@/shared';
import { CommentField } from '@/features/experiments/components/conclusion/comment-field';
import { ConclusionPicker } from '@/features/experiments/components/conclusion/conclusion-picker';
import {
  ConclusionForm,
  type ConclusionFormInput,
  type ConclusionFormOutput,
} from '@/features/experiments/utils/conclusion-fields';
import { useBatchRun, type BatchRow } from '../hooks/use-batch-run';
import type { RowSelection } from '../hooks/use-row-selection';
import {
  BATCH_WORDS,
  experimentCount,
  planBulk,
  type BatchAction,
  type BulkAction,
} from '../utils/bulk-actions';
import { BatchList, type BatchListItem } from './batch-list';

interface BulkDialogProps {
  action: BulkAction;
  experiments: readonly Experiment[];
  selection: RowSelection;
  onClose: () => void;
}

const item = (experiment: Experiment, note?: string): BatchListItem => ({
  id: experiment.id,
  name: experiment.name,
  note,
});

const rowsIn = (rows: BatchRow[], state: BatchRow['outcome']['state']) =>
  rows.filter((row) => row.outcome.state === state);

/**
 * A bulk action in three steps, in one dialog: the preview (what will change, what is skipped and why),
 * the run (progress, and Stop for what has not started), and the report (what failed with PostHog's
 * message, and Undo for the ones that succeeded when the action has an inverse).
 */
export function BulkDialog({ action, experiments, selection, onClose }: BulkDialogProps) {
  // Planned once, as the dialog opens: the lists do not shift under the person while they read them.
  const [plan] = useState(() => planBulk(action, experiments));
  const { run, start, stop } = useBatchRun(selection);
  const [undoing, setUndoing] = useState(false);
  const form = useForm<ConclusionFormInput, unknown, ConclusionFormOutput>({
    resolver: zodResolver(ConclusionForm),
    defaultValues: { conclusion: '', comment: '' },
  });
  const titleId = useId();
  const descriptionId = useId();
  const formId = useId();
  const running = run !== null && run.rows === null;
  const shown: BatchAction = run?.action ?? action;
  const words = BATCH_WORDS[shown];
  const verb = words.label.toLowerCase();

  // Only End has fields to check first; the others start at once.
  const endWith = form.handleSubmit((values) =>
    start(action, plan.ready, {
      conclusion: values.conclusion,
      conclusion_comment: values.comment || null,
    }),
  );

  const undo = (rows: BatchRow[]) => {
    const inverse = words.inverse;
    if (!inverse) return;
    setUndoing(true);
    void start(
      inverse,
      rows.flatMap(({ outcome }) => (outcome.state === 'done' ? [outcome.value] : [])),
    );
  };

  const title = !run
    ? plan.ready.length > 0
      ? `${words.label} ${experimentCount(plan.ready.length)}?`
      : `Nothing to ${verb}`
    : running
      ? `${words.doing} ${experimentCount(run.total)}…`
      : `${undoing ? 'Undo: ' : ''}${capitalise(words.done)} ${rowsIn(run.rows!, 'done').length.toLocaleString('en-US')} of ${experimentCount(run.total)}`;

  return (
    <Dialog
      open
      // While writes run, Esc and a click outside do nothing: the batch would carry on unseen (Stop is
      // there). Nor while a typed conclusion comment would be lost: Cancel is a deliberate choice.
      onClose={running || (!run && form.formState.isDirty) ? undefined : onClose}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      fullWidth
      maxWidth="sm"
      scroll="body"
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>{run ? progressOrReport() : preview()}</Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>{buttons()}</DialogActions>
    </Dialog>
  );

  function preview() {
    return (
      <>
        <DialogContentText id={descriptionId}>
          {plan.ready.length > 0
            ? words.effect
            : `None of the ${experimentCount(experiments.length)} selected can be ${words.done} now; each one says why below.`}
        </DialogContentText>
        {action === 'end' && plan.ready.length > 0 && (
          <FormProvider {...form}>
            <Box
              component="form"
              id={formId}
              noValidate
              onSubmit={(event) => void endWith(event)}
              sx={{ display: 'grid', gap: 2 }}
            >
              <ConclusionPicker />
              <CommentField />
            </Box>
          </FormProvider>
        )}
        <BatchList title={`Will ${verb}`} items={plan.ready.map((e) => item(e))} />
        <BatchList
          title="Skipped"
          tone="warning"
          items={plan.skipped.map(({ experiment, reason }) => item(experiment, reason))}
        />
      </>
    );
  }

  function progressOrReport() {
    if (!run) return null;
    if (!run.rows) {
      const percent = run.total ? (run.settled / run.total) * 100 : 100;
      return (
        <>
          <DialogContentText id={descriptionId} role="status">
            {run.settled.toLocaleString('en-US')} of {run.total.toLocaleString('en-US')}
            {run.stopping ? ': stopping, what has not started will not.' : ''}
          </DialogContentText>
          <ProgressBar
            value={percent}
            aria-label={`${words.doing} experiments`}
            aria-valuetext={`${run.settled} of ${run.total}`}
          />
        </>
      );
    }
    const failed = rowsIn(run.rows, 'failed');
    const cancelled = rowsIn(run.rows, 'cancelled');
    const done = rowsIn(run.rows, 'done');
    return (
      <>
        <DialogContentText id={descriptionId} role="status">
          {summary(done.length, failed.length, cancelled.length)}
        </DialogContentText>
        {failed.length > 0 && (
          <Alert severity="error">
            PostHog refused {experimentCount(failed.length)}; each one’s answer is below. Nothing
            was repeated: look at them, then try again.
          </Alert>
        )}
        <BatchList
          title="Failed"
          tone="error"
          items={failed.map(({ experiment, outcome }) =>
            item(experiment, outcome.state === 'failed' ? outcome.message : undefined),
          )}
        />
        <BatchList
          title="Not started"
          items={cancelled.map(({ experiment }) => item(experiment, 'Stopped before it started.'))}
        />
        <BatchList
          title={capitalise(words.done)}
          items={done.map(({ experiment }) => item(experiment))}
        />
      </>
    );
  }

  function summary(done: number, failed: number, cancelled: number) {
    if (!failed && !cancelled)
      return `All ${done.toLocaleString('en-US')} ${words.done}.${words.inverse && !undoing ? ' Undo puts them back as they were.' : ''}`;
    const parts = [`${capitalise(words.done)} ${experimentCount(done)}.`];
    if (failed) parts.push(`${failed.toLocaleString('en-US')} failed.`);
    if (cancelled) parts.push(`${cancelled.toLocaleString('en-US')} not started.`);
    return parts.join(' ');
  }

  function buttons() {
    if (!run) {
      const count = plan.ready.length;
      return (
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="contained"
            color={action === 'delete' ? 'error' : 'primary'}
            disabled={count === 0}
            {...(action === 'end' && count > 0
              ? { type: 'submit' as const, form: formId }
              : { onClick: () => void start(action, plan.ready) })}
          >
            {words.label} {count > 0 ? experimentCount(count) : ''}
          </Button>
        </>
      );
    }
    if (!run.rows)
      return (
        <Button onClick={stop} disabled={run.stopping}>
          {run.stopping ? 'Stopping…' : 'Stop'}
        </Button>
      );
    const doneRows = rowsIn(run.rows, 'done');
    const canUndo = !undoing && words.inverse && doneRows.length > 0;
    return (
      <>
        {canUndo && <Button onClick={() => undo(run.rows!)}>Undo</Button>}
        <Button variant="contained" onClick={onClose}>
          Close
        </Button>
      </>
    );
  }
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
