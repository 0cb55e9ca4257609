import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useFormContext, useWatch } from 'react-hook-form';
import type { EndFormInput } from '../../utils/conclusion-form';

/**
 * The results in a line, offered for the comment: the PM takes it with a click and edits it there. What was
 * typed is never replaced; the summary goes after it.
 */
export function SummaryOffer({ summary }: { summary: string }) {
  const { control, setValue, setFocus, formState } = useFormContext<EndFormInput>();
  const comment = useWatch({ control, name: 'comment' });
  const used = comment.includes(summary);
  const typed = comment.trim() !== '';
  const use = () => {
    setValue('comment', typed ? `${comment.trimEnd()}\n\n${summary}` : summary, {
      shouldDirty: true,
      shouldValidate: formState.isSubmitted,
    });
    setFocus('comment');
  };
  return (
    <Box sx={{ px: 1.5, py: 1, borderRadius: 1, bgcolor: 'action.hover' }}>
      <Typography variant="caption" color="text.secondary" component="p">
        Summary of the results
      </Typography>
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {summary}
      </Typography>
      <Button size="small" onClick={use} disabled={used} sx={{ mt: 0.5, ml: -0.5 }}>
        {used ? 'Summary is in the comment' : typed ? 'Add summary to comment' : 'Use summary'}
      </Button>
    </Box>
  );
}
