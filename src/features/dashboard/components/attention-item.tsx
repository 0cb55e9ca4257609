import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Link as RouterLink } from '@/lib/navigation/router';
import type { Experiment } from '@/shared';
import { paths } from '@/lib/paths';
import { StatusBadge } from '@/features/experiments/components/status-badge';
import {
  attentionPermission,
  offeredActions,
  type OfferedAction,
} from '../utils/attention-actions';
import type { AttentionItem as Item } from '../utils/attention-items';

interface AttentionItemProps {
  item: Item;
  /** Opens the confirmation for turning this experiment's flag off; `trigger` gets focus back on Cancel. */
  onTurnFlagOff: (experiment: Experiment, trigger: HTMLElement) => void;
  /** The flag switch of this experiment is in flight. */
  busy?: boolean;
}

/** One experiment waiting for a decision: why, in words, and the actions that resolve it. */
export function AttentionItem({ item, onTurnFlagOff, busy = false }: AttentionItemProps) {
  const { experiment, reasons } = item;
  const nameId = useId();
  const refusalId = useId();
  const permission = attentionPermission(experiment);
  const refused = !permission.allowed;
  const describedBy = refused ? `${nameId} ${refusalId}` : nameId;
  const button = (action: OfferedAction) => {
    const common = {
      variant: 'outlined',
      size: 'small',
      disabled: refused || busy,
      'aria-describedby': describedBy,
      sx: { whiteSpace: 'nowrap' },
    } as const;
    // A refused action is a plain disabled button: a disabled link would still carry its address.
    if (refused)
      return (
        <Button key={action.label} {...common}>
          {action.label}
        </Button>
      );
    if (action.kind === 'turn_flag_off') {
      return (
        <Button
          key={action.label}
          {...common}

          onClick={(event) => onTurnFlagOff(experiment, event.currentTarget)}
        >
          {busy ? 'Turning off…' : action.label}
        </Button>
      );
    }
    return (
      <Button key={action.label} {...common} component={RouterLink} to={action.href}>
        {action.label}
      </Button>
    );
  };
  return (
    <ListItem divider sx={{ gap: 2, flexWrap: { xs: 'wrap', sm: 'nowrap' }, py: 1.5 }}>
      <Box sx={{ flex: '1 1 auto', minWidth: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', minWidth: 0 }}>
          <Link
            id={nameId}
            component={RouterLink}
            to={paths.experiment.getHref(experiment.id)}
            title={experiment.name}
            // Two lines, as in the table: long names that differ at the end stay told apart.
            sx={{
              fontWeight: 500,
              minWidth: 0,
              overflowWrap: 'anywhere',
              display: '-webkit-box',
              WebkitLineClamp: 2,
              WebkitBoxOrient: 'vertical',
              overflow: 'hidden',
            }}
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
        {refused && (
          <Typography id={refusalId} variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {permission.reason}
          </Typography>
        )}
      </Box>
      <Stack
        direction={{ xs: 'row', sm: 'column' }}
        spacing={1}
        useFlexGap
        sx={{ flexShrink: 0, flexWrap: 'wrap', alignItems: { xs: 'flex-start', sm: 'stretch' } }}
      >
        {offeredActions(experiment, reasons).map(button)}
      </Stack>
    </ListItem>
  );
}
