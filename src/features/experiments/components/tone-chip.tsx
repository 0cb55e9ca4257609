import Chip, { type ChipProps } from '@mui/material/Chip';
import type { Theme } from '@mui/material/styles';
import type { ConclusionTone } from '@/shared';

/** A conclusion's tone, plus `info` (indigo) for an ended experiment's status. */
export type ChipTone = ConclusionTone | 'info';

type Colours = { color: string; bgcolor: string };

// Hand-picked pairs: MUI's warning/success "main" colours fail WCAG AA as small text on light backgrounds.
const TONES: Record<ChipTone, { light: Colours; dark: Colours }> = {
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
  info: {
    light: { color: '#283593', bgcolor: '#e8eaf6' },
    dark: { color: '#c5cae9', bgcolor: 'rgba(121, 134, 203, 0.22)' },
  },
};

/**
 * A small label in one of the hand-picked tones, shared by the status badge and the conclusion chip; the
 * word carries the meaning, the colour only helps scanning. Other Chip props pass through.
 */
export function ToneChip({ tone, ...chipProps }: { tone: ChipTone } & Omit<ChipProps, 'sx'>) {
  const { light, dark } = TONES[tone];
  return (
    <Chip
      size="small"
      {...chipProps}
      sx={(theme: Theme) => ({
        ...light,
        fontWeight: 600,
        alignSelf: 'flex-start',
        maxWidth: '100%',
        ...theme.applyStyles('dark', dark),
      })}
    />
  );
}
