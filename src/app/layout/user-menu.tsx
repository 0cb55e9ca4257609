import Logout from '@mui/icons-material/Logout';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import type { CurrentUser } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths } from '@/lib/api-paths';
import { useNotify } from '@/lib/notice/notice-context';
import { rememberSignedOutByChoice } from '@/lib/session/signed-out';
import { forgetAllDrafts } from '@/features/editor/draft/draft-keys';

interface UserMenuProps {
  anchor: HTMLElement;
  user: CurrentUser;
  name: string;
  onClose: () => void;
}

/** Who is signed in, and Sign out: the server deletes the session at once, and nothing read stays cached. */
export function UserMenu({ anchor, user, name, onClose }: UserMenuProps) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    setBusy(true);
    try {
      await apiFetch(apiPaths.signOut(), { method: 'POST' });
      // A reload, not a cache reset: pages that are showing data keep it on screen otherwise, under the
      // sign-in screen, for whoever signs in next. Their unsaved forms go too (the leave-page guard asks).
      forgetAllDrafts();
      rememberSignedOutByChoice();
      window.location.reload();
    } catch (error) {
      notify({ message: `Could not sign out: ${(error as Error).message}`, severity: 'error' });
      setBusy(false);
    }
  };
  return (
    <Menu
      open
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
    >
      <MenuItem disabled divider sx={{ '&.Mui-disabled': { opacity: 1 } }}>
        <ListItemText primary={name} secondary={user.email} />
      </MenuItem>
      <MenuItem onClick={() => void signOut()} disabled={busy}>
        <ListItemIcon>
          <Logout fontSize="small" />
        </ListItemIcon>
        {busy ? 'Signing out…' : 'Sign out'}
      </MenuItem>
    </Menu>
  );
}
