import Box from '@mui/material/Box';
import { keyframes, type SxProps, type Theme } from '@mui/material/styles';

// MUI's LinearProgress, drawn the same way (two bars sliding across a tinted track) without its ~1.3 kB
// gzip on every first view.
const firstBar = keyframes`
  0% { left: -35%; right: 100%; }
  60%, 100% { left: 100%; right: -90%; }
`;
const secondBar = keyframes`
  0% { left: -200%; right: 100%; }
  60%, 100% { left: 107%; right: -8%; }
`;

const BAR = {
  position: 'absolute',
  top: 0,
  bottom: 0,
  left: 0,
  width: '100%',
  bgcolor: 'primary.main',
  transformOrigin: 'left',
} as const;

// With reduced motion, a still bar in the middle says "working" without sliding.
const STILL = { animation: 'none', left: '30%', right: 'auto', width: '40%' } as const;

interface ProgressBarProps {
  'aria-label': string;
  'aria-valuetext'?: string;
  /** How far along, 0 to 100; left out while that is not known. */
  value?: number;
  sx?: SxProps<Theme>;
}

/** A thin bar across its container: how far along something is, or that it is under way. */
export function ProgressBar({ value, sx, ...aria }: ProgressBarProps) {
  const known = value !== undefined;
  return (
    <Box
      role="progressbar"
      aria-valuenow={known ? value : undefined}
      aria-valuemin={known ? 0 : undefined}
      aria-valuemax={known ? 100 : undefined}
      {...aria}
      sx={[
        {
          position: 'relative',
          overflow: 'hidden',
          display: 'block',
          height: 4,
          zIndex: 0,
          bgcolor: (theme) => theme.vars?.palette.LinearProgress.primaryBg,
          '@media print': { colorAdjust: 'exact' },
        },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      {known ? (
        <Box
          sx={{
            ...BAR,
            transform: `translateX(${value - 100}%)`,
            transition: 'transform 0.4s linear',
          }}
        />
      ) : (
        <>
          <Box
            sx={{
              ...BAR,
              width: 'auto',
              animation: `${firstBar} 2.1s cubic-bezier(0.65, 0.815, 0.735, 0.395) infinite`,
              '@media (prefers-reduced-motion: reduce)': STILL,
            }}
          />
          <Box
            sx={{
              ...BAR,
              width: 'auto',
              animation: `${secondBar} 2.1s cubic-bezier(0.165, 0.84, 0.44, 1) 1.15s infinite`,
              '@media (prefers-reduced-motion: reduce)': { display: 'none' },
            }}
          />
        </>
      )}
    </Box>
  );
}
