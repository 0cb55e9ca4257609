import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { useEffect, useEffectEvent } from 'react';
import { canEdit, experimentStatus, type Experiment } from '@/shared';
import { useLifecycleDialog, useRequestedAction } from '../../hooks/use-lifecycle-dialog';
import { useNotify } from '@/lib/notice/notice-context';
import { useQuickToggle } from '../../hooks/use-quick-toggle';
import { useFlagSwitch } from '../flag-toggle/use-flag-switch';
import { requestedActionTarget, type RequestedAction } from '../../utils/requested-action';
import { ConclusionCard } from '../conclusion/conclusion-card';
import { ExperimentHeader } from '../header/experiment-header';
import type { RequestedTab } from '../../utils/experiment-tab';
import { ExperimentTabs } from './experiment-tabs';
import { LifecycleDialogs } from './lifecycle-dialogs';

export interface ExperimentViewProps {
  experiment: Experiment;
  tab: RequestedTab;
  onTabChange: (tab: RequestedTab) => void;
  onDelete: (experiment: Experiment) => void;
}

/** One loaded experiment: header with its actions, the conclusion once ended, tabs, and the dialogs. */
export function ExperimentView(props: ExperimentViewProps) {
  const { experiment, tab, onTabChange, onDelete } = props;
  const dialog = useLifecycleDialog();
  const notify = useNotify();
  const toggle = useQuickToggle(experiment);
  const flagSwitch = useFlagSwitch();
  const [requestedAction, dropRequestedAction] = useRequestedAction();

  // Each request (on arrival, or a link to this page while it is open) is answered once, from the
  // experiment as it is now, then dropped from the URL.
  const answerAction = useEffectEvent((action: RequestedAction) => {
    const target = requestedActionTarget(action, experiment);
    if (target.dialog) dialog.show(target.dialog);
    else notify({ severity: 'info', message: target.message });
    dropRequestedAction();
  });
  useEffect(() => {
    if (requestedAction) answerAction(requestedAction);
  }, [requestedAction]);

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
        onFlagSwitch={(active) => flagSwitch(experiment, active)}
      />
    </Stack>
  );
}
