import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { userDisplayName } from '@/shared';
import { useCurrentUser } from '@/lib/session/current-user';

function initials(name: string): string {
  const letters = name
    .split(/[\s@.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase());
  return letters.join('') || '?';
}

/** Who the console acts as. A failure here is not worth a banner: the pages report their own errors. */
export function UserBadge() {
  const { data: user, isPending, isError } = useCurrentUser();
  if (isPending) return <Skeleton variant="circular" width={32} height={32} />;
  if (isError) return null;
  const name = userDisplayName({ ...user, id: user.id ?? 0 });
  return (
    <Tooltip title={user.email} describeChild>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Avatar
          role="img"
          aria-label={`Signed in as ${name}`}
          sx={{
            width: 32,
            height: 32,
            fontSize: '0.875rem',
            bgcolor: 'primary.main',
            color: 'primary.contrastText',
          }}
        >
          {initials(name)}
        </Avatar>
        {/* The avatar already names the user for screen readers (and the tooltip, where the name is hidden
            to keep the top bar on one line). */}
        <Typography aria-hidden variant="body2" sx={{ display: { xs: 'none', lg: 'block' } }}>
          {name}
        </Typography>
      </Box>
    </Tooltip>
  );
}
