import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { Tooltip } from '@/lib/ui/tooltip';
import ArchiveOutlined from '@mui/icons-material/ArchiveOutlined';
import { experimentStatus, STATUS_LABELS, type ExperimentStatus, type StatusInput } from '@/shared';
import { statusDescription } from '../utils/status-description';
import { ToneChip, type ChipTone } from './tone-chip';

const TONES: Record<ExperimentStatus, ChipTone> = {
  draft: 'neutral',
  running: 'success',
  paused: 'warning',
  stopped: 'info',
};

interface StatusBadgeProps {
  experiment: StatusInput & { archived?: boolean | null };
}

/** The derived status as words (never colour alone), explained on hover, plus an "Archived" marker. */
export function StatusBadge({ experiment }: StatusBadgeProps) {
  const status = experimentStatus(experiment);
  const { label } = STATUS_LABELS[status];
  const description = statusDescription(experiment);
  return (
    <Stack component="span" direction="row" spacing={0.5} sx={{ display: 'inline-flex' }}>
      {/* describeChild keeps the label as the chip's name and the sentence as its description. */}
      <Tooltip title={description} describeChild>
        <ToneChip tone={TONES[status]} label={label} data-status={status} />
      </Tooltip>
      {experiment.archived && (
        <Tooltip title="Hidden from the default list; the experiment is kept." describeChild>
          <Chip
            label="Archived"
            size="small"
            variant="outlined"
            icon={<ArchiveOutlined fontSize="small" />}
          />
        </Tooltip>
      )}
    </Stack>
  );
}
