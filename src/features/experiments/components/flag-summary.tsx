import Box from '@mui/material/Box';
import type { Experiment, ServingNow } from '@/shared';

/** The flag key and what it serves now, in the same words as the header line. */
export function FlagSummary({
  experiment,
  serving,
}: {
  experiment: Experiment;
  serving: Pick<ServingNow, 'sentence'>;
}) {
  return (
    <>
      <Box component="code" sx={{ fontFamily: 'monospace' }}>
        {experiment.feature_flag_key}
      </Box>
      : {serving.sentence}
    </>
  );
}
