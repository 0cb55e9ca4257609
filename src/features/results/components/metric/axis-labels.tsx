import Box from '@mui/material/Box';
import { axisPosition, formatTick, type IntervalAxis } from '../../utils/interval-axis';

/**
 * The shared axis' tick labels, above the interval column: both ends and zero always; the ticks between
 * only on a wide screen and when there are few, so labels never collide (the grid lines all stay).
 * Decorative: each interval has its own text.
 */
export function AxisLabels({ axis, relative }: { axis: IntervalAxis; relative: boolean }) {
  const last = axis.ticks.length - 1;
  return (
    <Box aria-hidden="true" sx={{ position: 'relative', height: 18, mt: 0.5 }}>
      {axis.ticks.map((tick, i) => {
        const left = (axisPosition(axis, tick, 1) * 100).toFixed(3);
        const shift = i === 0 ? '0' : i === last ? '-100%' : '-50%';
        const optional = i !== 0 && i !== last && tick !== 0;
        const display = !optional ? 'inline' : last <= 4 ? { xs: 'none', lg: 'inline' } : 'none';
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
              display,
            }}
          >
            {formatTick(tick, axis, relative)}
          </Box>
        );
      })}
    </Box>
  );
}
