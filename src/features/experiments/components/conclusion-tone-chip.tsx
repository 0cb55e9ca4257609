import Chip, { type ChipProps } from '@mui/material/Chip';
import type { Theme } from '@mui/material/styles';
import type { ConclusionTone } from '@/shared';
import type { ConclusionOption } from '../utils/conclusion-options';

type Tone = { color: string; bgcolor: string };

// Hand-picked pairs (as the status badge does): MUI's warning colours fail WCAG AA as small text.
const TONES: Record<ConclusionTone, { light: Tone; dark: Tone }> = {
  success: {
    light: { color: '#1b5e20', bgcolor: '#e3f2e4' },
    dark: { color: '#a5d6a7', bgcolor: 'rgba(102, 187, 106, 0.18)' },
  },
  error: {
    light: { color: '#b71c1c', bgcolor: '#fdecea' },
    dark: { color: '#ef9a9a', bgcolor: 'rgba(239, 83, 80, 0.18)' },
  },
  warning: {
    light: { color: '#8a4500', bgcolor: '#fff0dc' },
    dark: { color: '#ffcc80', bgcolor: 'rgba(255, 167, 38, 0.18)' },
  },
  neutral: {
    light: { color: '#3d3d3d', bgcolor: '#ebebeb' },
    dark: { color: '#e0e0e0', bgcolor: 'rgba(255, 255, 255, 0.12)' },
  },
};

/**
 * The result as a coloured label, the same on the dashboard and the experiment page; the word carries the
 * meaning, the colour only helps scanning. Other Chip props (a Tooltip's handlers, tabIndex) pass through.
 */
export function ConclusionToneChip({
  option,
  ...chipProps
}: { option: ConclusionOption } & Omit<ChipProps, 'label' | 'sx'>) {
  const tone = TONES[option.color];
  return (
    <Chip
      {...chipProps}
      label={option.label}
      size="small"
      data-conclusion={option.value}
      sx={(theme: Theme) => ({
        ...tone.light,
        fontWeight: 600,
        alignSelf: 'flex-start',
        maxWidth: '100%',
        ...theme.applyStyles('dark', tone.dark),
      })}
    />
  );
}
