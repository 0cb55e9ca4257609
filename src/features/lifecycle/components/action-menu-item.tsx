import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import { useId, type ReactNode } from 'react';
import type { Permission } from '@/shared';

interface ActionMenuItemProps {
  label: string;
  icon: ReactNode;
  permission: Permission;
  onClick: () => void;
  /** Destructive actions read in the error colour. */
  danger?: boolean;
  /** When one note above the items already gives the reason (view-only access): its id. */
  reasonNoteId?: string;
}

/**
 * A menu entry that stays in the menu when not allowed, with the reason written under it. It is
 * `aria-disabled` rather than MUI-disabled, so arrow keys still reach it and the reason stays readable
 * (MUI fades a disabled item to 38 % opacity).
 */
export function ActionMenuItem(props: ActionMenuItemProps) {
  const { label, icon, permission, onClick, danger, reasonNoteId } = props;
  const reasonId = useId();
  const refused = !permission.allowed;
  return (
    <MenuItem
      onClick={refused ? undefined : onClick}
      aria-disabled={refused || undefined}
      aria-label={label}
      aria-describedby={refused ? (reasonNoteId ?? reasonId) : undefined}
      sx={{
        alignItems: 'flex-start',
        whiteSpace: 'normal',
        maxWidth: 340,
        ...(refused && { cursor: 'default', '&:hover': { bgcolor: 'transparent' } }),
        ...(danger && !refused && { color: 'error.main' }),
      }}
    >
      <ListItemIcon
        sx={{ mt: 0.25, color: refused ? 'text.disabled' : danger ? 'error.main' : undefined }}
      >
        {icon}
      </ListItemIcon>
      <ListItemText
        primary={label}
        secondary={permission.allowed || reasonNoteId ? undefined : permission.reason}
        slotProps={{
          primary: { color: refused ? 'text.disabled' : undefined },
          secondary: { id: reasonId, color: 'text.secondary' },
        }}
        sx={{ my: 0 }}
      />
    </MenuItem>
  );
}
