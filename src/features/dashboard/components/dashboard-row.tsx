import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { memo, type MouseEvent } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { userDisplayName, type Experiment } from '@/shared';
import { formatDateTime } from '@/lib/format-date';
import { firstPlainLine } from '@/lib/markdown/parse-markdown';
import { paths } from '@/lib/paths';
import { StatusBadge } from '@/features/experiments/components/status-badge';
import type { NoticeInput } from '../hooks/use-notice';
import type { RowActions } from '../hooks/use-row-actions';
import { ConclusionChip } from './conclusion-chip';
import { FlagKeyCell } from './flag-key-cell';
import { PrimaryMetricCell } from './primary-metric-cell';
import { RowActionsMenu } from './row-actions-menu';
import { RunLengthCell } from './run-length-cell';
import { shortDate } from '../utils/short-date';

const TYPE_LABELS: Record<string, string> = { product: 'Product', web: 'Web' };

function DateCell({ iso, now }: { iso: string | null | undefined; now: Date }) {
  const text = shortDate(iso, now);
  if (!iso || !text) {
    return (
      <Typography variant="body2" color="text.secondary">
        —
      </Typography>
    );
  }
  return (
    <Typography
      component="time"
      variant="body2"
      dateTime={iso}
      title={formatDateTime(iso) ?? undefined}
      noWrap
      sx={{ display: 'block' }}
    >
      {text}
    </Typography>
  );
}

/** A click anywhere on the row opens it, except on its own controls, a menu, or while selecting text. */
function opensRow(event: MouseEvent<HTMLElement>): boolean {
  const target = event.target as HTMLElement;
  if (!event.currentTarget.contains(target)) return false; // a click in the (portalled) menu
  if (target.closest('a, button, [role="button"], input')) return false;
  return !window.getSelection()?.toString();
}

interface DashboardRowProps {
  experiment: Experiment;
  /** When the page was read (ms), for day counts; a number so memoisation can compare it. */
  readAt: number;
  actions: RowActions;
  notify: (notice: NoticeInput) => void;
  busy: boolean;
}

/** Memoised: counts and attention arriving later re-render the dashboard, not 25 unchanged rows. */
export const DashboardRow = memo(function DashboardRow(props: DashboardRowProps) {
  const { experiment, readAt, actions, notify, busy } = props;
  const now = new Date(readAt);
  const navigate = useNavigate();
  const href = paths.experiment.getHref(experiment.id);
  // One line of the description tells similar names apart without growing the row.
  const summary = firstPlainLine(experiment.description);
  return (
    <TableRow
      hover
      onClick={(event) => opensRow(event) && void navigate(href)}
      sx={{ cursor: 'pointer', opacity: busy ? 0.5 : 1, '& > td': { verticalAlign: 'middle' } }}
      aria-busy={busy || undefined}
    >
      <TableCell>
        <Link
          component={RouterLink}
          to={href}
          noWrap
          title={experiment.name}
          sx={{ display: 'block', fontWeight: 500 }}
        >
          {experiment.name}
        </Link>
        {summary && (
          <Typography variant="body2" color="text.secondary" noWrap title={summary}>
            {summary}
          </Typography>
        )}
      </TableCell>
      {/* The status and the Archived marker stack when the column is too narrow for both. */}
      <TableCell sx={{ '& > .MuiStack-root': { flexWrap: 'wrap', gap: 0.5, '& > *': { m: 0 } } }}>
        <StatusBadge experiment={experiment} />
      </TableCell>
      <TableCell>
        <FlagKeyCell flagKey={experiment.feature_flag_key} notify={notify} />
      </TableCell>
      <TableCell>{TYPE_LABELS[experiment.type ?? ''] ?? experiment.type ?? '—'}</TableCell>
      <TableCell>
        <Typography variant="body2" noWrap title={experiment.created_by?.email}>
          {userDisplayName(experiment.created_by)}
        </Typography>
      </TableCell>
      <TableCell>
        <DateCell iso={experiment.created_at} now={now} />
      </TableCell>
      <TableCell>
        <DateCell iso={experiment.start_date} now={now} />
      </TableCell>
      <TableCell>
        <RunLengthCell experiment={experiment} now={now} />
      </TableCell>
      <TableCell>
        <PrimaryMetricCell experiment={experiment} />
      </TableCell>
      <TableCell>
        <ConclusionChip experiment={experiment} />
      </TableCell>
      <TableCell padding="none" align="center">
        <RowActionsMenu experiment={experiment} href={href} actions={actions} />
      </TableCell>
    </TableRow>
  );
});
