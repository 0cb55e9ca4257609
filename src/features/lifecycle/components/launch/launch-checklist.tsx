import CancelOutlined from '@mui/icons-material/CancelOutlined';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import WarningAmber from '@mui/icons-material/WarningAmber';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { ChecklistItem, ChecklistSeverity } from '@/shared';

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

/** One group of checks; each says in words whether it passed, so the icon is never the only signal. */
export function LaunchChecklist({
  severity,
  items,
}: {
  severity: ChecklistSeverity;
  items: ChecklistItem[];
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
              primary={`${item.label}: ${item.passed ? 'yes' : 'no'}`}
              secondary={item.passed ? undefined : item.help}
              slotProps={{ secondary: { color: 'text.secondary' } }}
            />
          </ListItem>
        ))}
      </List>
    </section>
  );
}
