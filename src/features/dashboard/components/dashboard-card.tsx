import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { memo, type ReactNode } from 'react';
import { useNavigate } from '@/lib/navigation/router-hooks';
import { experimentStatus, type Experiment } from '@/shared';
import { paths } from '@/lib/paths';
import { StatusBadge } from '@/features/experiments/components/status-badge';
import type { NoticeInput } from '../hooks/use-notice';
import type { RowActions } from '../hooks/use-row-actions';
import { ConclusionChip } from './conclusion-chip';
import { FlagKeyCell } from './flag-key-cell';
import { PrimaryMetricCell } from './primary-metric-cell';
import { RowActionsMenu } from './row-actions-menu';
import { RunLengthCell } from './run-length-cell';
import { opensRow } from '../utils/opens-row';
import { typeLabel } from '../utils/type-label';
import { CreatorName, DateText, NameBlock } from './row-cells';

/** One labelled fact of the card (a table column's header and cell). */
function Fact({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <Box sx={{ minWidth: 0, gridColumn: wide ? '1 / -1' : undefined }}>
      <Typography component="dt" variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Box component="dd" sx={{ m: 0, minWidth: 0 }}>
        {children}
      </Box>
    </Box>
  );
}

interface DashboardCardProps {
  experiment: Experiment;
  readAt: number;
  actions: RowActions;
  notify: (notice: NoticeInput) => void;
  busy: boolean;
  flagMatch?: boolean;
}

/** A table row as a card for phone widths: the same facts, labelled, and the same row menu. */
export const DashboardCard = memo(function DashboardCard(props: DashboardCardProps) {
  const { experiment, readAt, actions, notify, busy, flagMatch } = props;
  const now = new Date(readAt);
  const navigate = useNavigate();
  const href = paths.experiment.getHref(experiment.id);
  const launched = experimentStatus(experiment) !== 'draft';
  return (
    <Box
      component="li"
      aria-busy={busy || undefined}
      onClick={(event) => opensRow(event) && void navigate(href)}
      sx={{
        listStyle: 'none',
        px: 2,
        py: 1.5,
        cursor: 'pointer',
        opacity: busy ? 0.5 : 1,
        '&:not(:last-of-type)': { borderBottom: 1, borderColor: 'divider' },
        '&:hover': { bgcolor: 'action.hover' },
      }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <NameBlock experiment={experiment} href={href} />
        </Box>
        <RowActionsMenu experiment={experiment} href={href} actions={actions} />
      </Stack>
      <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap', mt: 1 }}>
        <StatusBadge experiment={experiment} />
        <ConclusionChip experiment={experiment} />
      </Stack>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(8rem, 1fr))',
          columnGap: 2,
          rowGap: 1,
          mt: 1,
          mb: 0,
        }}
      >
        <Fact label="Feature flag" wide>
          <FlagKeyCell flagKey={experiment.feature_flag_key} notify={notify} matched={flagMatch} />
        </Fact>
        <Fact label="Type">
          <Typography variant="body2">{typeLabel(experiment)}</Typography>
        </Fact>
        <Fact label="Created by">
          <CreatorName experiment={experiment} />
        </Fact>
        <Fact label="Created">
          <DateText iso={experiment.created_at} now={now} />
        </Fact>
        {launched && (
          <>
            <Fact label="Started">
              <DateText iso={experiment.start_date} now={now} />
            </Fact>
            <Fact label="Days running">
              <RunLengthCell experiment={experiment} now={now} />
            </Fact>
            <Fact label="Primary metric">
              <PrimaryMetricCell experiment={experiment} />
            </Fact>
          </>
        )}
      </Box>
    </Box>
  );
});
