import Typography from '@mui/material/Typography';
import type { Experiment } from '@/shared';
import { useDisplayZoneKnown } from '@/lib/display-zone';
import { runLength } from '../utils/run-length';

export function RunLengthCell({ experiment, now }: { experiment: Experiment; now: Date }) {
  useDisplayZoneKnown();
  const { main, note } = runLength(experiment, now);
  const started = Boolean(experiment.start_date);
  return (
    <>
      <Typography variant="body2" noWrap color={started ? 'text.primary' : 'text.secondary'}>
        {main}
      </Typography>
      {note && (
        <Typography variant="caption" color="text.secondary" noWrap component="div" title={note}>
          {note}
        </Typography>
      )}
    </>
  );
}
