import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** The project has no experiments at all: say what one is and offer to create it. */
export function ExperimentsEmpty({ action }: { action?: ReactNode }) {
  return (
    <Box sx={{ py: 6, px: 2, textAlign: 'center' }}>
      <Typography variant="h6" component="h2" gutterBottom>
        No experiments yet
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        An experiment shows a change to part of your users and measures whether it helps.
      </Typography>
      {action}
    </Box>
  );
}
