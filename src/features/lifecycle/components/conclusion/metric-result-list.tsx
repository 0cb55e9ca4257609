import Box from '@mui/material/Box';
import type { DifferenceType } from '@/shared';
import type { PrimaryResult } from './use-primary-results';
import { MetricResultLine } from './metric-result-line';

interface MetricResultListProps {
  results: PrimaryResult[];
  /** The list's accessible name, e.g. "Primary metric results". */
  label: string;
  differenceType: DifferenceType;
}

/** Each primary metric in a line: its leading variant, or why there is nothing to compare yet. */
export function MetricResultList({ results, label, differenceType }: MetricResultListProps) {
  return (
    <Box component="ul" aria-label={label} sx={{ m: 0, p: 0, listStyle: 'none' }}>
      {results.map(({ item, query }) => (
        <MetricResultLine
          key={item.key}
          item={item}
          query={query}
          differenceType={differenceType}
        />
      ))}
    </Box>
  );
}
