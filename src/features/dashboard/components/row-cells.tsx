import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from '@/lib/navigation/router';
import { userDisplayName, type Experiment } from '@/shared';
import { useDisplayZoneKnown } from '@/lib/display-zone';
import { formatDateTime } from '@/lib/format-date';
import { firstPlainLine } from '@/lib/markdown/parse-markdown';
import { shortDate } from '../utils/short-date';

/** The pieces of a row the table and the phone cards both show, so they say the same thing. */
export function DateText({ iso, now }: { iso: string | null | undefined; now: Date }) {
  useDisplayZoneKnown();
  const text = shortDate(iso, now);
  if (!iso || !text) {
    return (
      <Typography variant="body2" color="text.secondary" component="span">
        —
      </Typography>
    );
  }
  return (
    <Typography
      component="time"
      variant="body2"
      dateTime={iso}
      title={formatDateTime(iso) ?? undefined}
      noWrap
      sx={{ display: 'block' }}
    >
      {text}
    </Typography>
  );
}

export function CreatorName({ experiment }: { experiment: Experiment }) {
  return (
    <Typography variant="body2" noWrap title={experiment.created_by?.email} component="span">
      {userDisplayName(experiment.created_by)}
    </Typography>
  );
}

interface NameBlockProps {
  experiment: Experiment;
  href: string;
  /** More lines under the description (the table's Type and Created by on narrower screens). */
  children?: ReactNode;
}

/**
 * The name whole on up to two lines (a "(Copy)" at the end must stay visible), then one line of the
 * description, which tells similar names apart without growing the row much.
 */
export function NameBlock({ experiment, href, children }: NameBlockProps) {
  const summary = firstPlainLine(experiment.description);
  return (
    <>
      <Link
        component={RouterLink}
        to={href}
        title={experiment.name}
        sx={{
          display: '-webkit-box',
          WebkitLineClamp: 2,
          WebkitBoxOrient: 'vertical',
          overflow: 'hidden',
          overflowWrap: 'anywhere',
          fontWeight: 500,
        }}
      >
        {experiment.name}
      </Link>
      {summary && (
        <Typography variant="body2" color="text.secondary" noWrap title={summary}>
          {summary}
        </Typography>
      )}
      {children}
    </>
  );
}
