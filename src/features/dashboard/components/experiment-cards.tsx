import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import type { ReactNode } from 'react';
import { DashboardCard } from './dashboard-card';
import type { ExperimentRowsProps } from './experiments-table';

interface ExperimentCardsProps extends ExperimentRowsProps {
  label: string;
  busy: boolean;
  dimmed?: boolean;
  skeletons?: number;
  footer?: ReactNode;
}

/** The table's rows as a list of cards, for screens too narrow for a table. */
export function ExperimentCards(props: ExperimentCardsProps) {
  const { label, busy, dimmed, skeletons = 0, footer } = props;
  const { experiments, readAt, actions, busyIds, notify, flagMatch } = props;
  return (
    <>
      <Box
        component="ul"
        aria-label={label}
        aria-busy={busy}
        sx={{ m: 0, p: 0, opacity: dimmed ? 0.7 : 1 }}
      >
        {!experiments &&
          Array.from({ length: skeletons }, (_, index) => (
            <Box component="li" key={index} aria-hidden sx={{ listStyle: 'none', px: 2, py: 1.5 }}>
              <Skeleton variant="text" width="70%" />
              <Skeleton variant="text" />
              <Skeleton variant="rounded" height={64} />
            </Box>
          ))}
        {experiments?.map((experiment) => (
          <DashboardCard
            key={experiment.id}
            experiment={experiment}
            readAt={readAt}
            actions={actions}
            notify={notify}
            busy={busyIds.includes(experiment.id)}
            flagMatch={flagMatch}
          />
        ))}
      </Box>
      {footer}
    </>
  );
}
