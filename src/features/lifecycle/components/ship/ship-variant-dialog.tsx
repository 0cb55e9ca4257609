import FlagOutlined from '@mui/icons-material/FlagOutlined';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { experimentStatus, flagVariants, type Experiment } from '@/shared';
import { useExperimentAction } from '@/features/experiments/api/experiment-mutations';
import { useNotify } from '@/lib/notice/notice-context';
import { ActionDialog } from '../dialogs/action-dialog';
import { FlagOffNote } from './flag-off-note';
import { VariantPicker } from './variant-picker';

/** Serve one variant to everyone; PostHog ends the experiment too if it is still running. */
export function ShipVariantDialog({
  experiment,
  onClose,
}: {
  experiment: Experiment;
  onClose: () => void;
}) {
  const ship = useExperimentAction();
  const notify = useNotify();
  const [variantKey, setVariantKey] = useState('');
  const [missing, setMissing] = useState(false);
  const notEnded = experimentStatus(experiment) !== 'stopped';

  const confirm = () => {
    if (!variantKey) return setMissing(true);
    ship.mutate(
      { id: experiment.id, action: 'ship_variant', body: { variant_key: variantKey } },
      {
        onSuccess: () => {
          notify({
            severity: 'success',
            message: `Shipped: ${variantKey} now serves 100 % of users.`,
          });
          onClose();
        },
      },
    );
  };

  return (
    <ActionDialog
      title="Ship a variant"
      description={
        <>
          The flag <code>{experiment.feature_flag_key}</code> will serve the chosen variant to 100 %
          of users and every other variant to none. Its existing release conditions are kept below
          the new rule.
        </>
      }
      onClose={onClose}
      busy={ship.isPending}
      error={ship.error}
      actions={
        <Button
          variant="contained"
          startIcon={<FlagOutlined />}
          onClick={confirm}
          loading={ship.isPending}
        >
          {variantKey ? `Ship ${variantKey}` : 'Ship variant'}
        </Button>
      }
    >
      <VariantPicker
        label="Variant to ship"
        variants={flagVariants(experiment.feature_flag)}
        value={variantKey}
        onChange={(key) => {
          setVariantKey(key);
          setMissing(false);
        }}
        error={missing ? 'Choose the variant to ship.' : undefined}
      />
      {experiment.feature_flag?.active === false && (
        <FlagOffNote flagKey={experiment.feature_flag_key} />
      )}
      {notEnded && (
        <Typography variant="body2">
          The experiment has not ended yet, so shipping also <strong>ends it</strong>. To record a
          conclusion in the same step, use <em>End experiment</em> and choose “Also ship a variant”.
        </Typography>
      )}
    </ActionDialog>
  );
}
