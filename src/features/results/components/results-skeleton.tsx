import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { visuallyHidden } from '@/lib/ui/visually-hidden';

/** The results' shape while their code downloads (the experiment page loads it on first view). */
export function ResultsSkeleton() {
  return (
    <Stack spacing={3} aria-busy="true">
      <Box role="status" sx={visuallyHidden}>
        Loading results…
      </Box>
      <Skeleton variant="rounded" height={320} />
      <Skeleton variant="rounded" height={220} />
    </Stack>
  );
}
