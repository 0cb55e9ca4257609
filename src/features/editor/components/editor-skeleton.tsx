import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { visuallyHidden } from '@/lib/ui/visually-hidden';

/** Roughly the editor's shape while the experiment loads, so nothing jumps when the form arrives. */
export function EditorSkeleton() {
  return (
    <Stack spacing={3} aria-busy="true">
      <Box role="status" sx={visuallyHidden}>
        Loading the experiment…
      </Box>
      <Skeleton variant="text" sx={{ fontSize: '2.125rem', width: '45%' }} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { md: 'minmax(0, 1fr) 20rem' }, gap: 3 }}>
        <Stack spacing={3}>
          <Skeleton variant="rounded" height={420} />
          <Skeleton variant="rounded" height={260} />
        </Stack>
        <Skeleton variant="rounded" height={320} />
      </Box>
    </Stack>
  );
}
