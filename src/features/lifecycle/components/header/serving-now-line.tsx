import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Experiment } from '@/shared';
import { useServingNow } from '@/features/experiments/hooks/use-serving-now';

/** The one line that says what real users get now, read from the flag: "Feature flag `key` · carousel to 100 % of users". */
export function ServingNowLine({ experiment }: { experiment: Experiment }) {
  const serving = useServingNow(experiment);
  return (
    <Typography
      variant="body2"
      color="text.secondary"
      sx={{ overflowWrap: 'anywhere' }}
      data-testid="serving-now"
    >
      Feature flag{' '}
      <Box component="code" sx={{ fontFamily: 'monospace' }}>
        {experiment.feature_flag_key}
      </Box>
      {' · '}
      <Box component="span" sx={{ color: 'text.primary', fontWeight: 500 }}>
        {serving.sentence}
      </Box>
    </Typography>
  );
}
