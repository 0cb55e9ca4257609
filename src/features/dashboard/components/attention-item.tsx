import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import { paths } from '@/lib/paths';
import { StatusBadge } from '@/features/experiments/components/status-badge';
import { ATTENTION_ACTIONS } from '../utils/attention-actions';
import type { AttentionItem as Item } from '../utils/attention-items';

/** One experiment waiting for a decision: why, in words, and the one action that resolves it. */
export function AttentionItem({ item }: { item: Item }) {
  const { experiment, reasons } = item;
  const nameId = useId();
  const action = ATTENTION_ACTIONS[reasons[0]!.action];
  return (
    <ListItem divider sx={{ gap: 2, flexWrap: { xs: 'wrap', sm: 'nowrap' }, py: 1.5 }}>
      <Box sx={{ flex: '1 1 auto', minWidth: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0 }}>
          <Link
            id={nameId}
            component={RouterLink}
            to={paths.experiment.getHref(experiment.id)}
            noWrap
            title={experiment.name}
            sx={{ fontWeight: 500, minWidth: 0 }}
          >
            {experiment.name}
          </Link>
          <StatusBadge experiment={experiment} />
        </Stack>
        <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
          {reasons.map((reason) => (
            <Typography key={reason.kind} component="li" variant="body2" color="text.secondary">
              {reason.text}
            </Typography>
          ))}
        </Box>
      </Box>
      <Button
        component={RouterLink}
        to={action.href(experiment.id)}
        variant="outlined"
        size="small"
        aria-describedby={nameId}
        sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}
      >
        {action.label}
      </Button>
    </ListItem>
  );
}
