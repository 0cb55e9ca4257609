import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { sharePercent, type Experiment } from '@/shared';
import { useServingNow } from '../hooks/use-serving-now';
import { experimentVariants, splitChangedSince } from '../utils/experiment-variants';

/**
 * Variants and the share each gets, as the feature flag has them now (after a ship, 100 % to one); a note
 * says when that differs from the set-up, or when the flag serves nobody. A flag that is off serves the
 * default to everyone, so its shares are what it would serve once on, and the column says so.
 */
export function VariantTable({ experiment }: { experiment: Experiment }) {
  const serving = useServingNow(experiment);
  const fromFlag = serving.variants.length > 0;
  const variants = fromFlag ? serving.variants : experimentVariants(experiment);
  if (variants.length === 0) {
    return <Typography color="text.secondary">This experiment has no variants.</Typography>;
  }
  const setUp = fromFlag ? splitChangedSince(experiment, serving.variants) : null;
  const flag = experiment.feature_flag;
  const switchedOff = serving.state === 'off' && !!flag && !flag.deleted;
  const shareHeader =
    serving.state === 'on' ? 'Share now' : switchedOff ? 'Share when on' : 'Share';
  let caption: string;
  if (!fromFlag) caption = 'From the experiment’s set-up: its feature flag no longer has variants.';
  else if (serving.state === 'on') caption = `Serving now: ${serving.sentence}.`;
  else if (switchedOff) caption = `${serving.sentence}. The shares apply once the flag is on.`;
  else caption = `${serving.sentence}.`;
  return (
    <Stack spacing={1.5}>
      <Table size="small" aria-label="Variants">
        <TableHead>
          <TableRow>
            <TableCell>Key</TableCell>
            <TableCell>Name</TableCell>
            <TableCell align="right">{shareHeader}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {variants.map((variant) => (
            <TableRow key={variant.key}>
              <TableCell sx={{ overflowWrap: 'break-word' }}>
                <code>{variant.key}</code>
              </TableCell>
              <TableCell sx={{ overflowWrap: 'break-word' }}>{variant.name ?? '—'}</TableCell>
              <TableCell align="right">{sharePercent(variant.percent)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="body2" color="text.secondary">
        {caption}
        {setUp && ` The experiment was set up as ${setUp}.`}
      </Typography>
    </Stack>
  );
}
