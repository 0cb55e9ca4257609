import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlined';
import { useEffect } from 'react';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { splitTotal } from '@/shared';
import type { EditorValues } from '../../form/editor-values';

/**
 * The running total of the split, live, and the list's own errors (no control, server refusals). Once the
 * person has tried to save, the list is re-checked as they fix it, so stale errors never linger.
 */
export function SplitTotal() {
  const { trigger } = useFormContext<EditorValues>();
  const variants = useWatch<EditorValues, 'variants'>({ name: 'variants' });
  const { errors, isSubmitted } = useFormState<EditorValues>({ name: 'variants' });
  const hasErrors = Boolean(errors.variants);
  useEffect(() => {
    if (isSubmitted || hasErrors) void trigger('variants');
    // Only a change to the variants should re-check them; trigger and the flags are read at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [variants]);

  const total = splitTotal(variants.map((v) => ({ key: v.key, split_percent: v.percent })));
  const complete = total === 100;
  const rootMessage = errors.variants?.root?.message;
  const sumMessage = `Total ${total}%: the split must add up to exactly 100%.`;
  return (
    <Stack spacing={0.5} role="status" aria-live="polite">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        {complete ? (
          <CheckCircleOutline fontSize="small" color="success" aria-hidden />
        ) : (
          <ErrorOutline fontSize="small" color="error" aria-hidden />
        )}
        <Typography variant="body2" color={complete ? 'text.secondary' : 'error'}>
          {complete ? 'Total 100%' : sumMessage}
        </Typography>
      </Stack>
      {rootMessage && !rootMessage.startsWith('The split adds up') && (
        <Typography variant="body2" color="error">
          {rootMessage}
        </Typography>
      )}
    </Stack>
  );
}
