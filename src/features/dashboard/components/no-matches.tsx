import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';

interface NoMatchesProps {
  search: string;
  archived: boolean;
  onClear: () => void;
}

/** The project has experiments, just none in this view: say which filters narrowed it and undo them. */
export function NoMatches({ search, archived, onClear }: NoMatchesProps) {
  const detail = search
    ? `No experiment name contains “${search}” with the current filters.`
    : archived
      ? 'No archived experiment matches the current filters.'
      : 'No experiment matches the current filters.';
  return (
    <Box sx={{ py: 6, px: 2, textAlign: 'center' }}>
      <Typography variant="h6" component="h2" gutterBottom>
        No matching experiments
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, overflowWrap: 'anywhere' }}>
        {detail}
      </Typography>
      <Button variant="outlined" onClick={onClear}>
        Clear filters
      </Button>
    </Box>
  );
}
