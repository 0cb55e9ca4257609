import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { useEffect, useEffectEvent } from 'react';
import { canEdit, experimentStatus, type Experiment } from '@/shared';
import { useLifecycleDialog } from '../../hooks/use-lifecycle-dialog';
import { useNotify } from '../../hooks/use-notify';
import { useQuickToggle } from '../../hooks/use-quick-toggle';
import { concludeTarget } from '../../utils/conclude-target';
import { ConclusionCard } from '../conclusion/conclusion-card';
import { ExperimentHeader } from '../header/experiment-header';
import type { RequestedTab } from '../../utils/experiment-tab';
import { ExperimentTabs } from './experiment-tabs';
import { LifecycleDialogs } from './lifecycle-dialogs';

export interface ExperimentViewProps {
  experiment: Experiment;
  tab: RequestedTab;
  onTabChange: (tab: RequestedTab) => void;
  /** The URL asked to record a conclusion (`?action=conclude`, from the dashboard). */
  concludeRequested: boolean;
  onConcludeHandled: () => void;
  onDelete: (experiment: Experiment) => void;
}

/** One loaded experiment: header with its actions, the conclusion once ended, tabs, and the dialogs. */
export function ExperimentView(props: ExperimentViewProps) {
  const { experiment, tab, onTabChange, concludeRequested, onConcludeHandled, onDelete } = props;
  const dialog = useLifecycleDialog();
  const notify = useNotify();
  const toggle = useQuickToggle(experiment);

  // Each request (on arrival, or a link to this page while it is open) is answered once, from the
  // experiment as it is now, then dropped from the URL.
  const answerConclude = useEffectEvent(() => {
    const conclude = concludeTarget(experiment);
    if (conclude.dialog) dialog.show(conclude.dialog);
    else notify({ severity: 'info', message: `Cannot record a conclusion: ${conclude.reason}` });
    onConcludeHandled();
  });
  useEffect(() => {
    if (concludeRequested) answerConclude();
  }, [concludeRequested]);

  return (
    <Stack spacing={3}>
      <title>{`${experiment.name} · Experiment Console`}</title>
      <ExperimentHeader
        experiment={experiment}
        onOpen={dialog.show}
        onToggle={toggle}
        onDelete={() => onDelete(experiment)}
      />
      {!canEdit(experiment) && (
        <Alert severity="info">
          You have view-only access to this experiment. Ask an editor to change it.
        </Alert>
      )}
      {experimentStatus(experiment) === 'stopped' && <ConclusionCard experiment={experiment} />}
      <ExperimentTabs experiment={experiment} tab={tab} onTabChange={onTabChange} />
      <LifecycleDialogs
        experiment={experiment}
        open={dialog.open}
        onClose={dialog.close}
        onToggle={toggle}
      />
    </Stack>
  );
}
