import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import { ProgressBar } from '@/lib/ui/progress-bar';
import Typography from '@mui/material/Typography';
import { useController, useFormContext } from 'react-hook-form';
import type { GoalpostChange } from '@/shared';
import { errorMessage } from '@/lib/api-error';
import type { EndFormInput } from '../../utils/conclusion-form';
import { GoalpostList } from './goalpost-list';

interface GoalpostsGuardProps {
  changes: GoalpostChange[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/**
 * Lists what was changed after launch (metrics, split, rollout, exposure, dates) so nobody ends an
 * experiment on goalposts that moved without seeing it; the PM acknowledges them before ending.
 */
export function GoalpostsGuard({ changes, loading, error, onRetry }: GoalpostsGuardProps) {
  const { control } = useFormContext<EndFormInput>();
  const { field, fieldState } = useController({ control, name: 'acknowledged' });

  if (loading) {
    return (
      <div>
        <Typography variant="body2">Checking the history for changes made since launch…</Typography>
        <ProgressBar aria-label="Loading changes since launch" sx={{ mt: 1 }} />
      </div>
    );
  }
  if (error) {
    return (
      <Alert
        severity="warning"
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        }
      >
        Could not check for changes made since launch: {errorMessage(error)}
      </Alert>
    );
  }
  if (changes.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        No metrics, split, rollout, exposure or dates were changed since launch.
      </Typography>
    );
  }
  return (
    <Alert severity="warning" icon={false} component="section" aria-label="Changes since launch">
      <AlertTitle>Changed since launch ({changes.length})</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        These edits change what the result measures. Check that the conclusion still answers the
        question the experiment started with.
      </Typography>
      <GoalpostList changes={changes} />
      <FormControl error={!!fieldState.error} sx={{ mt: 1 }}>
        <FormControlLabel
          control={
            <Checkbox
              checked={field.value}
              onChange={(event) => field.onChange(event.target.checked)}
              onBlur={field.onBlur}
              slotProps={{ input: { ref: field.ref } }}
            />
          }
          label="I have reviewed these changes"
        />
        {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
      </FormControl>
    </Alert>
  );
}
