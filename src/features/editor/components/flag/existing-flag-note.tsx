import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useWatch } from 'react-hook-form';
import type { EditorValues } from '../../form/editor-values';
import { useFlagByKey } from '../../api/get-feature-flags';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { describeFlagVariants, flagReuseProblem } from './flag-reuse';
import { useApplyFlag } from './use-apply-flag';

/**
 * PostHog reuses an existing flag with the typed key instead of creating one: say so, show its variants,
 * and explain when that flag cannot run an experiment.
 */
export function ExistingFlagNote() {
  const key = useWatch<EditorValues, 'featureFlagKey'>({ name: 'featureFlagKey' }).trim();
  const settledKey = useDebouncedValue(key, 300);
  const { data: flag } = useFlagByKey(settledKey, settledKey === key);
  const applyFlag = useApplyFlag();
  if (!flag || flag.key !== key) return null;

  const problem = flagReuseProblem(flag);
  if (problem) {
    return (
      <Alert severity="warning">
        <AlertTitle>This flag can’t run an experiment</AlertTitle>A feature flag with the key “
        {flag.key}” already exists, and PostHog would use it as it is, but {problem}. Choose another
        key.
      </Alert>
    );
  }
  const usedBy = flag.experiment_set?.length ?? 0;
  return (
    <Alert
      severity="info"
      action={
        <Button color="inherit" size="small" onClick={() => applyFlag(flag, { withKey: false })}>
          Use its variants
        </Button>
      }
    >
      <AlertTitle>This experiment will reuse an existing flag</AlertTitle>
      PostHog keeps the flag “{flag.key}” as it is: its variants ({describeFlagVariants(flag)})
      decide who sees what, not the split below.{' '}
      {flag.active
        ? 'The flag is active, so users are already being assigned.'
        : 'The flag is off for now.'}
      {usedBy > 0 && ` It is already used by ${usedBy} experiment${usedBy === 1 ? '' : 's'}.`}
    </Alert>
  );
}
