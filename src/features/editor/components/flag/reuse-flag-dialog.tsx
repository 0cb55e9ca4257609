import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { ProgressBar } from '@/lib/ui/progress-bar';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import type { FeatureFlag } from '@/shared';
import { errorMessage } from '@/lib/api-error';
import { useEligibleFlags } from '../../api/get-feature-flags';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { describeFlagVariants } from './flag-reuse';

interface ReuseFlagDialogProps {
  onPick: (flag: FeatureFlag) => void;
  onClose: () => void;
}

function FlagOption({ flag, onPick }: { flag: FeatureFlag; onPick: () => void }) {
  const usedBy = flag.experiment_set?.length ?? 0;
  return (
    <ListItemButton onClick={onPick} sx={{ borderRadius: 1, alignItems: 'flex-start' }}>
      <ListItemText
        primary={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <code>{flag.key}</code>
            <Chip size="small" label={flag.active ? 'Active' : 'Off'} variant="outlined" />
          </Stack>
        }
        secondary={`${describeFlagVariants(flag)}${
          usedBy ? ` · used by ${usedBy} experiment${usedBy === 1 ? '' : 's'}` : ''
        }`}
        slotProps={{ primary: { component: 'div' } }}
      />
    </ListItemButton>
  );
}

/** Picks a flag PostHog accepts for an experiment (two or more variants, control first). */
export function ReuseFlagDialog({ onPick, onClose }: ReuseFlagDialogProps) {
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim(), 250);
  const query = useEligibleFlags(settled);
  const titleId = useId();
  const flags = query.data?.results ?? [];
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>Reuse an existing feature flag</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          The experiment will run on the flag as it is: its variants and rollout replace the split
          in this form. Only flags with a “control” variant first and at least one test variant are
          listed.
        </DialogContentText>
        <TextField
          label="Search flags by key or name"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          fullWidth
        />
        {query.isFetching && <ProgressBar aria-label="Searching flags" sx={{ mt: 1 }} />}
        {query.isError && (
          <DialogContentText color="error">{errorMessage(query.error)}</DialogContentText>
        )}
        <List aria-label="Eligible feature flags" sx={{ mt: 1 }}>
          {flags.map((flag) => (
            <FlagOption key={flag.id} flag={flag} onPick={() => onPick(flag)} />
          ))}
        </List>
        {query.isSuccess && flags.length === 0 && (
          <DialogContentText>No eligible flag matches “{settled}”.</DialogContentText>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
      </DialogActions>
    </Dialog>
  );
}
