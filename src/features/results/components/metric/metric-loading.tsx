import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { visuallyHidden } from '@/lib/ui/visually-hidden';

/** Rows of the table's shape while one metric is computed. */
export function MetricLoading({ name, rows }: { name: string; rows: number }) {
  return (
    <Stack spacing={1} aria-busy="true">
      <Box role="status" sx={visuallyHidden}>
        Computing results for {name}…
      </Box>
      <Skeleton variant="text" width="40%" />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} variant="rounded" height={40} />
      ))}
    </Stack>
  );
}
