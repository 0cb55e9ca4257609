import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import { Tooltip } from '@/lib/ui/tooltip';
import CloudOutlined from '@mui/icons-material/CloudOutlined';
import DnsOutlined from '@mui/icons-material/DnsOutlined';
import { errorMessage } from '@/lib/api-error';
import { describeBackend, useConsoleConfig } from '@/lib/session/console-config';

/** Which backend this console talks to: the embedded demo server or a real PostHog project. */
export function BackendChip() {
  const { data, error, isPending } = useConsoleConfig();
  if (isPending) return <Skeleton variant="rounded" width={180} height={24} />;
  if (error) {
    return (
      <Tooltip title={errorMessage(error)} describeChild>
        <Chip size="small" variant="outlined" label="Backend unknown" />
      </Tooltip>
    );
  }
  const embedded = data.mode === 'embedded';
  const title = embedded
    ? 'Local embedded server with demo data; nothing is sent to PostHog.'
    : 'Changes are made in your PostHog project.';
  return (
    <Tooltip title={title} describeChild>
      <Chip
        size="small"
        variant="outlined"

        icon={embedded ? <DnsOutlined /> : <CloudOutlined />}
        label={describeBackend(data)}
        sx={{ maxWidth: { sm: 240, md: 340 } }}
      />
    </Tooltip>
  );
}
