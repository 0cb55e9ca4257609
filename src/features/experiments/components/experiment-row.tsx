import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { userDisplayName, type Experiment } from '@/shared';
import { formatDate } from '@/lib/format-date';
import { firstPlainLine } from '@/lib/markdown/parse-markdown';
import { StatusBadge } from './status-badge';

interface ExperimentRowProps {
  experiment: Experiment;
  href: string;
}

export function ExperimentRow({ experiment, href }: ExperimentRowProps) {
  // One line of the description tells similar names apart without growing the row.
  const summary = firstPlainLine(experiment.description);
  return (
    <TableRow hover>
      <TableCell>
        <Link
          component={RouterLink}
          to={href}
          noWrap
          title={experiment.name}
          sx={{ display: 'block', fontWeight: 500 }}
        >
          {experiment.name}
        </Link>
        {summary && (
          <Typography variant="body2" color="text.secondary" noWrap title={summary}>
            {summary}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <StatusBadge experiment={experiment} />
      </TableCell>
      <TableCell>
        <Typography
          component="code"
          variant="body2"
          noWrap
          title={experiment.feature_flag_key}
          sx={{ display: 'block', fontFamily: 'monospace' }}
        >
          {experiment.feature_flag_key}
        </Typography>
      </TableCell>
      <TableCell>
        <Typography variant="body2" noWrap>
          {userDisplayName(experiment.created_by)}
        </Typography>
      </TableCell>
      <TableCell>
        {experiment.created_at && (
          <time dateTime={experiment.created_at}>{formatDate(experiment.created_at)}</time>
        )}
      </TableCell>
    </TableRow>
  );
}
