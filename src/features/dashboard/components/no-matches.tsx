import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';

interface NoMatchesProps {
  search: string;
  archived: boolean;
  onClear: () => void;
  /** Experiments found by their flag key instead (listed above this message). */
  flagKeyMatches?: number;
}

/** The project has experiments, just none in this view: say which filters narrowed it and undo them. */
export function NoMatches({ search, archived, onClear, flagKeyMatches = 0 }: NoMatchesProps) {
  const detail = search
    ? flagKeyMatches > 0
      ? `No experiment name contains “${search}” with the current filters; the ones above match by flag key.`
      : `No experiment name or flag key contains “${search}” with the current filters.`
    : archived
      ? 'No archived experiment matches the current filters.'
      : 'No experiment matches the current filters.';
  return (
    <Box sx={{ py: 6, px: 2, textAlign: 'center' }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {flagKeyMatches > 0 ? 'No matching names' : 'No matching experiments'}
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
