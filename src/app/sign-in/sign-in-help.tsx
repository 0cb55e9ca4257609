import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { SignInInfo } from '@/shared';

/** What the console asks PostHog for, so a key with these scopes does everything here (read-only ones read). */
const POSTHOG_SCOPES = [
  'experiment:write',
  'feature_flag:write',
  'query:read',
  'project:read',
  'user:read',
  'activity_log:read',
  'event_definition:read',
  'action:read',
];

/** Where a person gets a key: PostHog's settings, or whoever runs the embedded server. */
export function SignInHelp({ info }: { info: SignInInfo | undefined }) {
  if (!info) return null;
  if (info.mode === 'embedded') {
    return (
      <Typography variant="body2" color="text.secondary">
        This console’s own server issues the keys. Ask whoever runs it:{' '}
        <code>npm run users -- add</code> prints your key once.
      </Typography>
    );
  }
  const settings = info.host ? `https://${info.host}/settings/user-api-keys` : undefined;
  return (
    <Typography variant="body2" color="text.secondary">
      Create one in PostHog under{' '}
      {settings ? (
        <Link href={settings} target="_blank" rel="noreferrer">
          Settings → Personal API keys
        </Link>
      ) : (
        'Settings → Personal API keys'
      )}
      , with the scopes{' '}
      {POSTHOG_SCOPES.map((scope, i) => (
        <span key={scope}>
          {i > 0 && ', '}
          <code>{scope}</code>
        </span>
      ))}
      . PostHog records what you do here as done by you, with your own access.
    </Typography>
  );
}
