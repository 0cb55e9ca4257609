import Box from '@mui/material/Box';
import type { Experiment } from '@/shared';

function flagState(experiment: Experiment): string {
  const flag = experiment.feature_flag;
  if (!flag || flag.deleted) return 'the flag has been deleted';
  return flag.active ? 'active' : 'inactive: everyone sees the default experience';
}

/** The flag key, and whether the flag is on: a paused or draft experiment's flag is off. */
export function FlagSummary({ experiment }: { experiment: Experiment }) {
  return (
    <>
      <Box component="code" sx={{ fontFamily: 'monospace' }}>
        {experiment.feature_flag_key}
      </Box>{' '}
      ({flagState(experiment)})
    </>
  );
}
