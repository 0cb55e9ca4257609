import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { DateText } from '@/features/experiments/components/date-text';
import { valueText } from '../../utils/describe-change';

/** One side of a before/after pair. */
export function ChangeValue({
  field,
  value,
}: {
  field: string | null | undefined;
  value: unknown;
}) {
  const described = valueText(field, value);
  switch (described.kind) {
    case 'empty':
      return (
        <Typography variant="body2" color="text.secondary">
          Not set
        </Typography>
      );
    case 'date':
      return <DateText iso={described.iso} fallback={described.iso} />;
    case 'text':
      return (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {described.text}
        </Typography>
      );
    case 'json':
      return (
        // Focusable so keyboard users can scroll a long value.
        <Box
          component="pre"
          role="region"
          aria-label={`${field ?? 'Value'} as JSON`}
          tabIndex={0}
          sx={{
            m: 0,
            maxHeight: 200,
            overflow: 'auto',
            fontSize: '0.75rem',
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
          }}
        >
          {described.text}
        </Box>
      );
  }
}
