import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { visuallyHidden } from '@/lib/ui/visually-hidden';

/** Roughly the shape of the detail page, so nothing jumps when it arrives. */
export function ExperimentDetailSkeleton() {
  return (
    <Stack spacing={3} aria-busy="true">
      <Box role="status" sx={visuallyHidden}>
        Loading experiment…
      </Box>
      <Stack spacing={1}>
        <Skeleton variant="text" sx={{ fontSize: '2.125rem', width: '50%' }} />
        <Skeleton variant="text" sx={{ width: '70%' }} />
      </Stack>
      <Skeleton variant="rounded" height={260} />
      <Skeleton variant="rounded" height={160} />
    </Stack>
  );
}
