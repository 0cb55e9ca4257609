import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { ErrorState } from '@/lib/ui/error-state';
import type { FlagKeyMatches as Matches } from '../api/get-flag-key-matches';
import type { DashboardColumn } from '../utils/dashboard-columns';
import { ExperimentCards } from './experiment-cards';
import { ExperimentsTable, type ExperimentRowsProps } from './experiments-table';

interface FlagKeyMatchesProps extends Omit<ExperimentRowsProps, 'experiments' | 'readAt'> {
  search: string;
  query: UseQueryResult<Matches>;
  cards: boolean;
  columns: DashboardColumn[];
}

/**
 * Experiments found by their flag key while the table shows name matches: a section of its own above the
 * table, each key marked, so nobody wonders why a row's name does not contain the search.
 */
export function FlagKeyMatches(props: FlagKeyMatchesProps) {
  const { search, query, cards, columns, ...rows } = props;
  const headingId = useId();
  if (query.isError) {
    return (
      <Box sx={{ p: 2 }}>
        <ErrorState
          title="Could not search flag keys"
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      </Box>
    );
  }
  const matches = query.data;
  if (!matches || matches.results.length === 0) return null;
  // Not "Experiments …": the page's one table of that name stays easy to find (tests, screen readers).
  const label = 'Found by flag key';
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      sx={{ borderBottom: 2, borderColor: 'divider', pb: 1 }}
    >
      <Box sx={{ px: 2, pt: 1.5, pb: 1 }}>
        <Typography id={headingId} variant="subtitle2" component="h2">
          Flag key contains “{search}” ({matches.results.length})
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {matches.moreFlags
            ? 'Names do not match; found by their feature flag. More flags match: type more of the key to see them all.'
            : 'Names do not match; found by their feature flag.'}
        </Typography>
      </Box>
      {cards ? (
        <ExperimentCards
          {...rows}
          label={label}
          experiments={matches.results}
          readAt={query.dataUpdatedAt}
          busy={query.isFetching}
          flagMatch
        />
      ) : (
        <ExperimentsTable
          {...rows}
          label={label}
          columns={columns}
          experiments={matches.results}
          readAt={query.dataUpdatedAt}
          busy={query.isFetching}
          flagMatch
        />
      )}
    </Box>
  );
}
