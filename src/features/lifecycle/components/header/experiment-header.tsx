import EditOutlined from '@mui/icons-material/EditOutlined';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Experiment } from '@/shared';
import { paths } from '@/lib/paths';
import { StatusBadge } from '@/features/experiments/components/status-badge';
import type { LifecycleDialog } from '../../hooks/use-lifecycle-dialog';
import type { QuickToggle } from '../../hooks/use-quick-toggle';
import { editPermission } from '../../utils/edit-permission';
import { ActionButton } from '../action-button';
import { MoreActionsMenu } from './more-actions-menu';
import { PrimaryActions } from './primary-actions';
import { ServingNowLine } from './serving-now-line';

interface ExperimentHeaderProps {
  experiment: Experiment;
  onOpen: (dialog: LifecycleDialog) => void;
  onToggle: (toggle: QuickToggle) => void;
  onDelete: () => void;
}

/** Name, status, and what can be done next; long names wrap and push the actions below them. */
export function ExperimentHeader({
  experiment,
  onOpen,
  onToggle,
  onDelete,
}: ExperimentHeaderProps) {
  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      sx={{ justifyContent: 'space-between', alignItems: { md: 'flex-start' } }}
    >
      <Stack spacing={1} sx={{ minWidth: 0 }}>
        <Typography
          variant="h4"
          component="h1"
          // Long names are common; on a phone the full h4 size would fill the screen.
          sx={{ overflowWrap: 'anywhere', fontSize: { xs: '1.5rem', sm: '2.125rem' } }}
        >
          {experiment.name}
        </Typography>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ alignItems: 'center', flexWrap: 'wrap' }}
        >
          <StatusBadge experiment={experiment} />
          <ServingNowLine experiment={experiment} />
        </Stack>
      </Stack>
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        role="group"
        aria-label="Experiment actions"
        sx={{ flexWrap: 'wrap', flexShrink: 0, alignItems: 'center' }}
      >
        <PrimaryActions experiment={experiment} onOpen={onOpen} onToggle={onToggle} />
        <ActionButton
          variant="outlined"
          permission={editPermission(experiment)}
          to={paths.editExperiment.getHref(experiment.id)}
          startIcon={<EditOutlined />}
        >
          Edit
        </ActionButton>
        <MoreActionsMenu
          experiment={experiment}
          onOpen={onOpen}
          onToggle={onToggle}
          onDelete={onDelete}
        />
      </Stack>
    </Stack>
  );
}
