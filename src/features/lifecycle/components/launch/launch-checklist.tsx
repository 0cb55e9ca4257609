import CancelOutlined from '@mui/icons-material/CancelOutlined';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import WarningAmber from '@mui/icons-material/WarningAmber';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Link as RouterLink } from '@/lib/navigation/router';
import type { ChecklistItem, ChecklistSeverity } from '@/shared';
import { MarkdownInline } from '@/lib/markdown/markdown-inline';
import { parseInline } from '@/lib/markdown/parse-markdown';
import { paths } from '@/lib/paths';

const HEADINGS: Record<ChecklistSeverity, string> = {
  blocker: 'Must be fixed before launch',
  warning: 'Worth fixing first',
};

function ItemIcon({ item }: { item: ChecklistItem }) {
  if (item.passed) return <CheckCircleOutlined color="success" />;
  return item.severity === 'blocker' ? (
    <CancelOutlined color="error" />
  ) : (
    <WarningAmber color="warning" />
  );
}

function FixHelp({ item, experimentId }: { item: ChecklistItem; experimentId: number }) {
  return (
    <>
      {item.help}{' '}
      <Link
        component={RouterLink}
        to={`${paths.editExperiment.getHref(experimentId)}#${item.fix.section}`}
      >
        {item.fix.label}
      </Link>
    </>
  );
}

/**
 * One group of checks, each a statement of what is true now; the icon is never the only signal. A failed
 * check says why it matters and links to the editor section where it is fixed.
 */
export function LaunchChecklist({
  severity,
  items,
  experimentId,
}: {
  severity: ChecklistSeverity;
  items: ChecklistItem[];
  experimentId: number;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Typography id={headingId} variant="subtitle2" component="h3">
        {HEADINGS[severity]}
      </Typography>
      <List dense disablePadding>
        {items.map((item) => (
          <ListItem key={item.id} disableGutters sx={{ alignItems: 'flex-start' }}>
            <ListItemIcon sx={{ minWidth: 36, mt: 0.5 }} aria-hidden>
              <ItemIcon item={item} />
            </ListItemIcon>
            <ListItemText
              primary={<MarkdownInline parts={parseInline(item.label)} />}
              secondary={
                item.passed ? undefined : <FixHelp item={item} experimentId={experimentId} />
              }
              slotProps={{
                primary: { sx: { overflowWrap: 'anywhere' } },
                secondary: { color: 'text.secondary' },
              }}
            />
          </ListItem>
        ))}
      </List>
    </section>
  );
}
