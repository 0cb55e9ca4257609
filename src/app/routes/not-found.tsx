import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from '@/lib/navigation/router';
import { paths } from '@/lib/paths';

/** Also used for an experiment id that is not a number or that the API does not know. */
export function NotFoundPage() {
  return (
    <Box sx={{ textAlign: 'center', py: 8 }}>
      <title>Page not found · Experiment Console</title>
      <Typography variant="h4" component="h1" gutterBottom>
        Page not found
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        There is nothing at this address. The experiment may have been deleted, or the link may be
        mistyped.
      </Typography>
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'center' }}>
        <Button component={RouterLink} to={paths.experiments.getHref()} variant="contained">
          Go to experiments
        </Button>
        {/* A deleted experiment can be restored for a while, from there. */}
        <Button component={RouterLink} to={paths.recentlyDeleted.getHref()}>
          Recently deleted
        </Button>
      </Stack>
    </Box>
  );
}
