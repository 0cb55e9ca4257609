import RocketLaunchOutlined from '@mui/icons-material/RocketLaunchOutlined';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { hasLaunchBlocker, launchChecklist, type Experiment } from '@/shared';
import { useExperimentAction } from '@/features/experiments/api/experiment-mutations';
import { FactList } from '@/features/experiments/components/fact-list';
import { useNotify } from '@/lib/notice/notice-context';
import { launchSummary } from '../../utils/launch-summary';
import { ActionDialog } from '../dialogs/action-dialog';
import { LaunchChecklist } from './launch-checklist';

interface LaunchDialogProps {
  experiment: Experiment;
  onClose: () => void;
}

/** Checks before launch: blockers stop it (PostHog would refuse), warnings only advise. */
export function LaunchDialog({ experiment, onClose }: LaunchDialogProps) {
  const launch = useExperimentAction();
  const notify = useNotify();
  const blockedId = useId();
  const summaryId = useId();
  const items = launchChecklist(experiment);
  const blocked = hasLaunchBlocker(items);

  const confirm = () =>
    launch.mutate(
      { id: experiment.id, action: 'launch' },
      {
        onSuccess: () => {
          notify({
            severity: 'success',
            message: 'Launched: the feature flag is on and exposures are being collected.',
          });
          onClose();
        },
      },
    );

  return (
    <ActionDialog
      title="Launch experiment"
      description={
        <>
          Launching turns the feature flag <code>{experiment.feature_flag_key}</code> on: users
          start seeing the variants and exposures are collected from now on.
        </>
      }
      onClose={onClose}
      busy={launch.isPending}
      error={launch.error}
      actions={
        <Button
          variant="contained"
          startIcon={<RocketLaunchOutlined />}
          onClick={confirm}
          disabled={blocked}
          loading={launch.isPending}
          aria-describedby={blocked ? blockedId : undefined}
        >
          Launch
        </Button>
      }
    >
      <LaunchChecklist
        severity="blocker"
        items={items.filter((i) => i.severity === 'blocker')}
        experimentId={experiment.id}
      />
      <LaunchChecklist
        severity="warning"
        items={items.filter((i) => i.severity === 'warning')}
        experimentId={experiment.id}
      />
      <section aria-labelledby={summaryId}>
        <Typography id={summaryId} variant="subtitle2" component="h3" sx={{ mb: 1 }}>
          Summary
        </Typography>
        <FactList facts={launchSummary(experiment)} />
      </section>
      {blocked && (
        <Typography id={blockedId} color="error" variant="body2">
          Launch is unavailable until the blockers above are fixed: each one links to where it is
          fixed.
        </Typography>
      )}
    </ActionDialog>
  );
}
