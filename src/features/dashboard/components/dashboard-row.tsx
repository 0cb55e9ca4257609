import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { memo, type KeyboardEvent, type ReactNode } from 'react';
import { useNavigate } from '@/lib/navigation/router-hooks';
import type { Experiment } from '@/shared';
import { paths } from '@/lib/paths';
import { StatusBadge } from '@/features/experiments/components/status-badge';
import type { NoticeInput } from '../hooks/use-notice';
import type { RowActions } from '../hooks/use-row-actions';
import { type ColumnId, type DashboardColumn } from '../utils/dashboard-columns';
import { ConclusionChip } from './conclusion-chip';
import { FlagKeyCell } from './flag-key-cell';
import { PrimaryMetricCell } from './primary-metric-cell';
import { RowActionsMenu } from './row-actions-menu';
import { SelectCheckbox } from './select-checkbox';
import { RunLengthCell } from './run-length-cell';
import { opensRow } from '../utils/opens-row';
import { typeLabel } from '../utils/type-label';
import { CreatorName, DateText, NameBlock } from './row-cells';

interface DashboardRowProps {
  experiment: Experiment;
  columns: DashboardColumn[];
  /** When the page was read (ms), for day counts; a number so memoisation can compare it. */
  readAt: number;
  actions: RowActions;
  notify: (notice: NoticeInput) => void;
  busy: boolean;
  /** Marks a row found by its flag key rather than its name (see FlagKeyMatches). */
  flagMatch?: boolean;
  /** Given, the row starts with a checkbox for bulk actions (`range`: shift was held). */
  onSelect?: (experiment: Experiment, range: boolean) => void;
  selected?: boolean;
}

/** `x` toggles the row holding the focus, as in mail clients; never while typing in a field. */
const isSelectKey = (event: KeyboardEvent<HTMLElement>) =>
  event.key.toLowerCase() === 'x' &&
  !event.ctrlKey &&
  !event.metaKey &&
  !event.altKey &&
  !(event.target as HTMLElement).closest(
    'textarea, [contenteditable], input:not([type="checkbox"])',
  );

/** Memoised: counts and attention arriving later re-render the dashboard, not 25 unchanged rows. */
export const DashboardRow = memo(function DashboardRow(props: DashboardRowProps) {
  const { experiment, columns, readAt, actions, notify, busy, flagMatch, onSelect, selected } =
    props;
  const now = new Date(readAt);
  const navigate = useNavigate();
  const href = paths.experiment.getHref(experiment.id);
  // Without their own columns (narrower screens), Type and Created by are said under the name.
  const withMeta = !columns.some((column) => column.id === 'creator');
  const nameBlock = (
    <NameBlock experiment={experiment} href={href}>
      {withMeta && (
        <Typography variant="caption" color="text.secondary" noWrap component="div">
          {typeLabel(experiment)} · <CreatorName experiment={experiment} />
        </Typography>
      )}
    </NameBlock>
  );
  const cells: Record<ColumnId, ReactNode> = {
    name: onSelect ? (
      // In the Name cell rather than a column of its own: a column would widen the table past what a
      // 980 px window holds, and every row would lose more of its name.
      <Box sx={{ display: 'flex', alignItems: 'center' }}>
        <SelectCheckbox
          label={`Select ${experiment.name}`}
          checked={!!selected}
          onChange={(_checked, range) => onSelect(experiment, range)}
        />
        <Box sx={{ minWidth: 0, flex: 1 }}>{nameBlock}</Box>
      </Box>
    ) : (
      nameBlock
    ),
    status: <StatusBadge experiment={experiment} />,
    flag: <FlagKeyCell flagKey={experiment.feature_flag_key} notify={notify} matched={flagMatch} />,
    type: typeLabel(experiment),
    creator: <CreatorName experiment={experiment} />,
    created: <DateText iso={experiment.created_at} now={now} />,
    started: <DateText iso={experiment.start_date} now={now} />,
    duration: <RunLengthCell experiment={experiment} now={now} />,
    primary: <PrimaryMetricCell experiment={experiment} />,
    conclusion: <ConclusionChip experiment={experiment} />,
    actions: <RowActionsMenu experiment={experiment} href={href} actions={actions} />,
  };
  return (
    <TableRow
      hover
      selected={selected}
      onClick={(event) => opensRow(event) && void navigate(href)}
      onKeyDown={
        onSelect &&
        ((event) => {
          if (!isSelectKey(event)) return;
          event.preventDefault();
          onSelect(experiment, event.shiftKey);
        })
      }
      sx={{ cursor: 'pointer', opacity: busy ? 0.5 : 1, '& > td': { verticalAlign: 'middle' } }}
      aria-busy={busy || undefined}
    >
      {columns.map((column) => (
        <TableCell
          key={column.id}
          padding={column.id === 'actions' ? 'none' : undefined}
          align={column.id === 'actions' ? 'center' : undefined}
          // The status and the Archived marker stack when the column is too narrow for both.
          sx={
            column.id === 'status'
              ? { '& > .MuiStack-root': { flexWrap: 'wrap', gap: 0.5, '& > *': { m: 0 } } }
              : undefined
          }
        >
          {cells[column.id]}
        </TableCell>
      ))}
    </TableRow>
  );
});
