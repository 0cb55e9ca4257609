import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Skeleton from '@mui/material/Skeleton';
import { Tooltip } from '@/lib/ui/tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { userDisplayName } from '@/shared';
import { useConsoleConfig } from '@/lib/session/console-config';
import { useCurrentUser } from '@/lib/session/current-user';
import { UserMenu } from './user-menu';

function initials(name: string): string {
  const letters = name
    .split(/[\s@.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase());
  return letters.join('') || '?';
}

function Badge({ name }: { name: string }) {
  return (
    <>
      {/* A circle of initials, as MUI's Avatar draws it, without its ~1 kB gzip on every first view. */}
      <Box
        role="img"
        aria-label={`Signed in as ${name}`}
        sx={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          flexShrink: 0,
          width: 32,
          height: 32,
          borderRadius: '50%',
          overflow: 'hidden',
          userSelect: 'none',
          fontFamily: (theme) => theme.typography.fontFamily,
          fontSize: '0.875rem',
          lineHeight: 1,
          bgcolor: 'primary.main',
          color: 'primary.contrastText',
        }}
      >
        {initials(name)}
      </Box>
      {/* The avatar already names the user for screen readers (and the tooltip, where the name is hidden
          to keep the top bar on one line). */}
      <Typography aria-hidden variant="body2" sx={{ display: { xs: 'none', lg: 'block' } }}>
        {name}
      </Typography>
    </>
  );
}

/**
 * Who the console acts as. With sign-in on, it is a button that opens the user menu (Sign out). A failure
 * here is not worth a banner: the pages report their own errors.
 */
export function UserBadge() {
  const { data: user, isPending, isError } = useCurrentUser();
  const signIn = useConsoleConfig().data?.sign_in === true;
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (isPending) return <Skeleton variant="circular" width={32} height={32} />;
  if (isError) return null;
  const name = userDisplayName({ ...user, id: user.id ?? 0 });
  if (!signIn) {
    return (
      <Tooltip title={user.email} describeChild>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Badge name={name} />
        </Box>
      </Tooltip>
    );
  }
  return (
    <>
      <ButtonBase
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 1,
          borderRadius: 5,
          p: 0.25,
          pr: { lg: 1 },
        }}
      >
        <Badge name={name} />
      </ButtonBase>
      {anchor && (
        <UserMenu anchor={anchor} user={user} name={name} onClose={() => setAnchor(null)} />
      )}
    </>
  );
}
