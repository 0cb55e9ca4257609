import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import Refresh from '@mui/icons-material/Refresh';
import { describeError } from './describe-error';

/** What broke and the one thing that always helps: reloading the page. */
export function ErrorFallback({ error }: { error: unknown }) {
  return (
    <Box sx={{ maxWidth: 640, mx: 'auto', my: 6, px: 2 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        Something went wrong
      </Typography>
      <Alert severity="error" sx={{ mb: 3 }}>
        {describeError(error)}
      </Alert>
      <Typography sx={{ mb: 2 }}>
        Reloading usually fixes this. Work you saved is kept on the server.
      </Typography>
      <Button variant="contained" startIcon={<Refresh />} onClick={() => window.location.reload()}>
        Reload
      </Button>
    </Box>
  );
}
