import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { useId } from 'react';
import type { StatsMethod } from '@/shared';
import { axisPosition, type Interval, type IntervalAxis } from '../../utils/interval-axis';
import { violinPath } from './interval-shape';

/** Drawn in a 1000-wide box stretched to the column; strokes keep their width (non-scaling). */
const WIDTH = 1000;
const HEIGHT = 32;
const SHAPE_HEIGHT = 20;

interface IntervalCellProps {
  axis: IntervalAxis;
  /** Null for the baseline row: the grid and the zero line only. */
  interval: Interval | null;
  method: StatsMethod;
  goal: 'increase' | 'decrease';
  /** What the drawing says, for screen readers. */
  label?: string;
}

/**
 * One variant's interval on the metric's shared axis: a violin (Bayesian) or a bar (frequentist), green on
 * the side of zero that the goal calls better and red on the other, with a tick at the estimate.
 */
export function IntervalCell({ axis, interval, method, goal, label }: IntervalCellProps) {
  const theme = useTheme();
  // useId's characters are not all valid in url(#…); the id only has to be unique on the page.
  const gradientId = `interval-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const x = (value: number) => axisPosition(axis, value, WIDTH);
  const zero = x(0);
  const palette = theme.vars?.palette ?? theme.palette;
  const [below, above] =
    goal === 'decrease'
      ? [palette.success.main, palette.error.main]
      : [palette.error.main, palette.success.main];
  const labelled = Boolean(interval && label);
  return (
    <Box
      component="svg"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      role={labelled ? 'img' : undefined}
      aria-label={labelled ? label : undefined}
      aria-hidden={labelled ? undefined : true}
      sx={{ display: 'block', width: '100%', height: HEIGHT, overflow: 'visible' }}
    >
      {axis.ticks.map((tick) => (
        <line
          key={tick}
          x1={x(tick)}
          x2={x(tick)}
          y1={0}
          y2={HEIGHT}
          stroke={palette.divider}
          vectorEffect="non-scaling-stroke"
        />
      ))}
      <line
        x1={zero}
        x2={zero}
        y1={0}
        y2={HEIGHT}
        stroke={palette.text.secondary}
        strokeWidth={1.5}
        vectorEffect="non-scaling-stroke"
      />
      {interval && (
        <>
          <defs>
            <linearGradient id={gradientId} gradientUnits="userSpaceOnUse" x1={0} x2={WIDTH}>
              <stop offset={zero / WIDTH} style={{ stopColor: below }} />
              <stop offset={zero / WIDTH} style={{ stopColor: above }} />
            </linearGradient>
          </defs>
          <IntervalShape
            x1={x(interval[0])}
            x2={x(interval[1])}
            method={method}
            fill={`url(#${gradientId})`}
          />
          <line
            x1={x((interval[0] + interval[1]) / 2)}
            x2={x((interval[0] + interval[1]) / 2)}
            y1={(HEIGHT - SHAPE_HEIGHT) / 2 - 2}
            y2={(HEIGHT + SHAPE_HEIGHT) / 2 + 2}
            stroke={palette.text.primary}
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
          />
        </>
      )}
    </Box>
  );
}

interface IntervalShapeProps {
  x1: number;
  x2: number;
  method: StatsMethod;
  fill: string;
}

/** Roughly where a 95 % interval's ends sit on the normal curve; the outline is only a picture. */
const VIOLIN_Z = 2;

function IntervalShape({ x1, x2, method, fill }: IntervalShapeProps) {
  const top = (HEIGHT - SHAPE_HEIGHT) / 2;
  // At least a sliver, so a very narrow interval is still seen.
  const right = Math.max(x2, x1 + 4);
  if (method === 'frequentist') {
    return (
      <rect
        x={x1}
        y={top}
        width={right - x1}
        height={SHAPE_HEIGHT}
        fill={fill}
        fillOpacity={0.75}
      />
    );
  }
  return (
    <path
      d={violinPath(x1, right, HEIGHT / 2, SHAPE_HEIGHT, VIOLIN_Z)}
      fill={fill}
      fillOpacity={0.75}
    />
  );
}
