import { styled } from '@mui/material/styles';
import type { ComponentPropsWithRef, ReactNode } from 'react';
import type { ConclusionTone } from '@/shared';

/** A conclusion's tone, plus `info` (indigo) for an ended experiment's status. */
export type ChipTone = ConclusionTone | 'info';

type Colours = { color: string; backgroundColor: string };

// Hand-picked pairs: MUI's warning/success "main" colours fail WCAG AA as small text on light backgrounds.
const TONES: Record<ChipTone, { light: Colours; dark: Colours }> = {
  success: {
    light: { color: '#1b5e20', backgroundColor: '#e3f2e4' },
    dark: { color: '#a5d6a7', backgroundColor: 'rgba(102, 187, 106, 0.18)' },
  },
  error: {
    light: { color: '#b71c1c', backgroundColor: '#fdecea' },
    dark: { color: '#ef9a9a', backgroundColor: 'rgba(239, 83, 80, 0.18)' },
  },
  warning: {
    light: { color: '#8a4500', backgroundColor: '#fff0dc' },
    dark: { color: '#ffcc80', backgroundColor: 'rgba(255, 167, 38, 0.18)' },
  },
  neutral: {
    light: { color: '#3d3d3d', backgroundColor: '#ebebeb' },
    dark: { color: '#e0e0e0', backgroundColor: 'rgba(255, 255, 255, 0.12)' },
  },
  info: {
    light: { color: '#283593', backgroundColor: '#e8eaf6' },
    dark: { color: '#c5cae9', backgroundColor: 'rgba(121, 134, 203, 0.22)' },
  },
};

const byTone = (scheme: 'light' | 'dark') =>
  Object.fromEntries(
    Object.entries(TONES).map(([tone, colours]) => [`&[data-tone="${tone}"]`, colours[scheme]]),
  );

/**
 * One class for every tone and scheme (the tone is an attribute): a page of 50 rows used to carry a full
 * MUI Chip rule per tone (~2 kB of CSS each) and a Chip to render per badge. Looks like a small Chip.
 */
const Root = styled('span')(({ theme }) => ({
  display: 'inline-flex',
  alignItems: 'center',
  alignSelf: 'flex-start',
  gap: 4,
  maxWidth: '100%',
  height: 24,
  padding: '0 8px',
  boxSizing: 'border-box',
  borderRadius: 12,
  verticalAlign: 'middle',
  whiteSpace: 'nowrap',
  fontFamily: theme.typography.fontFamily,
  fontSize: theme.typography.pxToRem(13),
  fontWeight: 600,
  lineHeight: 1.5,
  '& > svg': { flexShrink: 0, fontSize: 18, marginInlineStart: -4 },
  '& > [data-chip-label]': { overflow: 'hidden', textOverflow: 'ellipsis' },
  '&:focus-visible': { outline: '2px solid currentColor', outlineOffset: 1 },
  ...byTone('light'),
  ...theme.applyStyles('dark', byTone('dark')),
}));

type ToneChipProps = {
  tone: ChipTone;
  label: ReactNode;
  /** Before the label, e.g. an arrow for a result's direction. */
  icon?: ReactNode;
} & Omit<ComponentPropsWithRef<'span'>, 'children'>;

/**
 * A small label in one of the hand-picked tones, shared by the status badge and the conclusion chip; the
 * word carries the meaning, the colour only helps scanning. Other span props (a Tooltip's handlers and
 * ref, tabIndex, data-*) pass through.
 */
export function ToneChip({ tone, label, icon, ...props }: ToneChipProps) {
  return (
    <Root {...props} data-tone={tone}>
      {icon}
      <span data-chip-label="">{label}</span>
    </Root>
  );
}
