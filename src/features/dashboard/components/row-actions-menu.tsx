import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import ArchiveOutlined from '@mui/icons-material/ArchiveOutlined';
import ContentCopy from '@mui/icons-material/ContentCopy';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import MoreVert from '@mui/icons-material/MoreVert';
import OpenInNew from '@mui/icons-material/OpenInNew';
import UnarchiveOutlined from '@mui/icons-material/UnarchiveOutlined';
import { useId, useState, type ReactNode } from 'react';
import { Link as RouterLink } from '@/lib/navigation/router';
import { lifecyclePermissions, type Experiment, type Permission } from '@/shared';
import { LazySelfContainedDeleteDialog } from '@/features/experiments/components/delete/lazy-delete-dialog';
import type { RowActions } from '../hooks/use-row-actions';

interface ActionItemProps {
  label: string;
  icon: ReactNode;
  permission: Permission;
  onSelect: () => void;
}

/**
 * A refused action stays in the menu, marked aria-disabled rather than disabled: it can still be focused
 * with the arrow keys, and its reason is printed under it, readable without a mouse and at full contrast.
 */
function ActionItem({ label, icon, permission, onSelect }: ActionItemProps) {
  const reason = permission.allowed ? undefined : permission.reason;
  return (
    <MenuItem
      aria-disabled={reason ? true : undefined}
      onClick={reason ? undefined : onSelect}
      sx={reason ? { cursor: 'default', '&:hover': { bgcolor: 'transparent' } } : undefined}
    >
      <ListItemIcon sx={reason ? { color: 'text.disabled' } : undefined}>{icon}</ListItemIcon>
      <ListItemText
        primary={label}
        secondary={reason}
        slotProps={{
          primary: reason ? { color: 'text.secondary' } : undefined,
          secondary: { sx: { whiteSpace: 'normal', maxWidth: '16rem' } },
        }}
      />
    </MenuItem>
  );
}

interface RowActionsMenuProps {
  experiment: Experiment;
  href: string;
  actions: RowActions;
}

export function RowActionsMenu({ experiment, href, actions }: RowActionsMenuProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const menuId = useId();
  const permissions = lifecyclePermissions(experiment);
  const close = () => setAnchor(null);
  const run = (action: () => void) => () => {
    close();
    action();
  };
  return (
    <>
      <IconButton
        size="small"
        aria-label={`Actions for ${experiment.name}`}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? true : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <MoreVert fontSize="small" />
      </IconButton>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{
          list: { disabledItemsFocusable: true, 'aria-label': `Actions for ${experiment.name}` },
        }}
      >
        <MenuItem component={RouterLink} to={href}>
          <ListItemIcon>
            <OpenInNew fontSize="small" />
          </ListItemIcon>
          <ListItemText primary="Open" />
        </MenuItem>
        <ActionItem
          label="Duplicate"
          icon={<ContentCopy fontSize="small" />}
          permission={permissions.duplicate}
          onSelect={run(() => actions.duplicate(experiment))}
        />
        {experiment.archived ? (
          <ActionItem
            label="Unarchive"
            icon={<UnarchiveOutlined fontSize="small" />}
            permission={permissions.unarchive}
            onSelect={run(() => actions.setArchived(experiment, false))}
          />
        ) : (
          <ActionItem
            label="Archive"
            icon={<ArchiveOutlined fontSize="small" />}
            permission={permissions.archive}
            onSelect={run(() => actions.setArchived(experiment, true))}
          />
        )}
        <ActionItem
          label="Delete…"
          icon={<DeleteOutlined fontSize="small" />}
          permission={permissions.delete}
          onSelect={run(() => setConfirmingDelete(true))}
        />
      </Menu>
      {confirmingDelete && (
        <LazySelfContainedDeleteDialog
          experiment={experiment}
          onClose={() => setConfirmingDelete(false)}
        />
      )}
    </>
  );
}
