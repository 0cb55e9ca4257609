import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';

/** While the first page module downloads, before anything else can render. */
export function PageLoading() {
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '60vh' }}>
      <CircularProgress aria-label="Loading the console" />
    </Box>
  );
}
