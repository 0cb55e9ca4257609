import RestoreFromTrash from '@mui/icons-material/RestoreFromTrash';
import Button from '@mui/material/Button';
import { Link as RouterLink } from '@/lib/navigation/router';
import { paths } from '@/lib/paths';
import { useRecentlyDeleted } from '@/features/experiments/utils/recently-deleted-store';

/**
 * "Recently deleted (2)", for the dashboard: shown only when this browser deleted something in the
 * current project in the last 30 days, so an empty trash adds nothing to the page.
 */
export function RecentlyDeletedLink() {
  const { entries } = useRecentlyDeleted();
  if (entries.length === 0) return null;
  return (
    <Button
      component={RouterLink}
      to={paths.recentlyDeleted.getHref()}
      size="small"
      startIcon={<RestoreFromTrash />}
    >
      Recently deleted ({entries.length})
    </Button>
  );
}
