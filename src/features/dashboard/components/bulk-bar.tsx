import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { Experiment } from '@/shared';
import { errorMessage } from '@/lib/api-error';
import type { ExperimentListParams } from '@/features/experiments/api/experiment-keys';
import { getExperiments } from '@/features/experiments/api/get-experiments';
import type { RowSelection } from '../hooks/use-row-selection';
import { BULK_ACTIONS, BATCH_WORDS, bulkPermission, type BulkAction } from '../utils/bulk-actions';
import { BulkDialog } from './bulk-dialog';

/** A batch writes one experiment at a time through PostHog's API: past this, a person splits the work. */
const BULK_LIMIT = 1000;
const READ_PAGE = 200;

interface BulkBarProps {
  selection: RowSelection;
  /** The rows on screen. */
  pageRows: readonly Experiment[];
  /** How many experiments match the filters, across every page. */
  matching: number;
  /** The list's filters without paging, to read every matching experiment. */
  listParams: Omit<ExperimentListParams, 'limit' | 'offset'>;
}

/**
 * Shown while rows are selected: how many, "select all N matching", and the actions, each with how many of
 * the selection it applies to (the dialog says why the others are skipped before anything changes).
 */
export function BulkBar({ selection, pageRows, matching, listParams }: BulkBarProps) {
  const { selected } = selection;
  const [action, setAction] = useState<BulkAction | null>(null);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<unknown>(null);
  const experiments = useMemo(() => [...selected.values()], [selected]);
  const applies = useMemo(
    () =>
      Object.fromEntries(
        BULK_ACTIONS.map((a) => [
          a,
          experiments.filter((e) => bulkPermission(a, e).allowed).length,
        ]),
      ) as Record<BulkAction, number>,
    [experiments],
  );
  const wholePage = pageRows.length > 0 && pageRows.every((row) => selected.has(row.id));
  const reachable = Math.min(matching, BULK_LIMIT);
  const offerAll = wholePage && selected.size < reachable;

  const selectAllMatching = async () => {
    setReading(true);
    setReadError(null);
    try {
      const found: Experiment[] = [];
      while (found.length < reachable) {
        const page = await getExperiments({
          ...listParams,
          limit: READ_PAGE,
          offset: found.length,
        });
        found.push(...page.results);
        if (page.results.length < READ_PAGE) break;
      }
      selection.add(found.slice(0, BULK_LIMIT));
    } catch (error) {
      setReadError(error);
    } finally {
      setReading(false);
    }
  };

  return (
    <Stack
      role="toolbar"
      aria-label="Selected experiments"
      direction="row"
      useFlexGap
      sx={{
        flexWrap: 'wrap',
        alignItems: 'center',
        gap: 1,
        px: 2,
        py: 1,
        bgcolor: 'action.selected',
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Typography variant="body2" sx={{ fontWeight: 500, mr: 1 }} role="status">
        {selected.size.toLocaleString('en-US')} selected
      </Typography>
      {offerAll && (
        <Button size="small" onClick={() => void selectAllMatching()} loading={reading}>
          {matching > BULK_LIMIT
            ? `Select the first ${BULK_LIMIT.toLocaleString('en-US')} of ${matching.toLocaleString('en-US')} matching`
            : `Select all ${matching.toLocaleString('en-US')} matching`}
        </Button>
      )}
      <Button size="small" onClick={selection.clear}>
        Clear selection
      </Button>
      {!!readError && (
        <Typography variant="body2" color="error" role="alert">
          Could not select them all: {errorMessage(readError)}
        </Typography>
      )}
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, ml: { md: 'auto' } }}>
        {BULK_ACTIONS.map((a) => (
          <Button key={a} size="small" variant="outlined" onClick={() => setAction(a)}>
            {BATCH_WORDS[a].label}
            {a === 'end' || a === 'delete' ? '…' : ''} ({applies[a].toLocaleString('en-US')})
          </Button>
        ))}
      </Stack>
      {action && (
        <BulkDialog
          action={action}
          experiments={experiments}
          selection={selection}
          onClose={() => setAction(null)}
        />
      )}
    </Stack>
  );
}
