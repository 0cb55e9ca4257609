import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import type { Theme } from '@mui/material/styles';
import ArchiveOutlined from '@mui/icons-material/ArchiveOutlined';
import { experimentStatus, STATUS_LABELS, type ExperimentStatus, type StatusInput } from '@/shared';

type Tone = { color: string; bgcolor: string };

// Hand-picked pairs: MUI's warning/success "main" colours fail WCAG AA as small text on light backgrounds.
const TONES: Record<ExperimentStatus, { light: Tone; dark: Tone }> = {
  draft: {
    light: { color: '#3d3d3d', bgcolor: '#ebebeb' },
    dark: { color: '#e0e0e0', bgcolor: 'rgba(255, 255, 255, 0.12)' },
  },
  running: {
    light: { color: '#1b5e20', bgcolor: '#e3f2e4' },
    dark: { color: '#a5d6a7', bgcolor: 'rgba(102, 187, 106, 0.18)' },
  },
  paused: {
    light: { color: '#8a4500', bgcolor: '#fff0dc' },
    dark: { color: '#ffcc80', bgcolor: 'rgba(255, 167, 38, 0.18)' },
  },
  stopped: {
    light: { color: '#283593', bgcolor: '#e8eaf6' },
    dark: { color: '#c5cae9', bgcolor: 'rgba(121, 134, 203, 0.22)' },
  },
};

interface StatusBadgeProps {
  experiment: StatusInput & { archived?: boolean | null };
}

/** The derived status as words (never colour alone), explained on hover, plus an "Archived" marker. */
export function StatusBadge({ experiment }: StatusBadgeProps) {
  const status = experimentStatus(experiment);
  const { label, description } = STATUS_LABELS[status];
  const tone = TONES[status];
  return (
    <Stack component="span" direction="row" spacing={0.5} sx={{ display: 'inline-flex' }}>
      {/* describeChild keeps the label as the chip's name and the sentence as its description. */}
      <Tooltip title={description} describeChild>
        <Chip
          label={label}
          size="small"
          data-status={status}
          sx={(theme: Theme) => ({
            ...tone.light,
            fontWeight: 600,
            ...theme.applyStyles('dark', tone.dark),
          })}
        />
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
