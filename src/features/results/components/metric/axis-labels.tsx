import Box from '@mui/material/Box';
import { axisPosition, formatTick, type IntervalAxis } from '../../utils/interval-axis';

/**
 * The shared axis' tick labels, above the interval column. On a phone every other tick is left out so
 * labels do not collide; the grid lines stay. Decorative: each interval has its own text.
 */
export function AxisLabels({ axis, relative }: { axis: IntervalAxis; relative: boolean }) {
  const perSide = (axis.ticks.length - 1) / 2;
  return (
    <Box aria-hidden="true" sx={{ position: 'relative', height: 18, mt: 0.5 }}>
      {axis.ticks.map((tick, i) => {
        const left = (axisPosition(axis, tick, 1) * 100).toFixed(3);
        const shift = i === 0 ? '0' : i === axis.ticks.length - 1 ? '-100%' : '-50%';
        const optional = perSide > 1 && (i - perSide) % 2 !== 0;
        return (
          <Box
            key={tick}
            component="span"
            sx={{
              position: 'absolute',
              left: `${left}%`,
              transform: `translateX(${shift})`,
              fontSize: '0.75rem',
              fontWeight: 400,
              color: 'text.secondary',
              whiteSpace: 'nowrap',
              display: optional ? { xs: 'none', lg: 'inline' } : 'inline',
            }}
          >
            {formatTick(tick, axis, relative)}
          </Box>
        );
      })}
    </Box>
  );
}
