import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import { Tooltip } from '@/lib/ui/tooltip';
import Typography from '@mui/material/Typography';
import ContentCopy from '@mui/icons-material/ContentCopy';
import { copyToClipboard } from '@/lib/copy-to-clipboard';
import { visuallyHidden } from '@/lib/ui/visually-hidden';
import type { NoticeInput } from '../hooks/use-notice';

interface FlagKeyCellProps {
  flagKey: string;
  notify: (notice: NoticeInput) => void;
  /** The search found this row by its flag key: the key is highlighted and says so. */
  matched?: boolean;
}

/** Engineers paste the key into code, so it is one click (or Enter) away from the clipboard. */
export function FlagKeyCell({ flagKey, notify, matched }: FlagKeyCellProps) {
  const copy = async () => notify(await copyToClipboard(flagKey));
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', minWidth: 0 }}>
      {/* A key found by the search is shown whole: it is why the row is here. */}
      <Typography
        component="code"
        variant="body2"
        noWrap={!matched}
        title={matched ? `${flagKey} (matches the search)` : flagKey}
        sx={{
          fontFamily: 'monospace',
          fontSize: '0.8125rem',
          minWidth: 0,
          ...(matched && {
            bgcolor: 'action.selected',
            px: 0.5,
            borderRadius: 0.5,
            overflowWrap: 'anywhere',
          }),
        }}
      >
        {flagKey}
        {matched && (
          <Box component="span" sx={visuallyHidden}>
            {' '}
            (flag key matches the search)
          </Box>
        )}
      </Typography>
      <Tooltip title="Copy flag key">
        <IconButton
          size="small"
          aria-label={`Copy flag key ${flagKey}`}
          onClick={() => void copy()}
        >
          <ContentCopy sx={{ fontSize: '1rem' }} />
        </IconButton>
      </Tooltip>
    </Stack>
  );
}
