import TextField from '@mui/material/TextField';
import { useController, useFormContext } from 'react-hook-form';
import { CONCLUSION_COMMENT_MAX } from '@/shared';
import type { ConclusionFormInput } from '../../utils/conclusion-fields';

/** A multi-line comment with a running count against PostHog's limit. */
export function CommentField() {
  const { control } = useFormContext<ConclusionFormInput>();
  const { field, fieldState } = useController({ control, name: 'comment' });
  const count = `${field.value.length.toLocaleString()} / ${CONCLUSION_COMMENT_MAX.toLocaleString()} characters`;
  return (
    <TextField
      {...field}
      inputRef={field.ref}
      label="Comment"
      placeholder="What did you learn? What happens next?"
      multiline
      minRows={3}
      maxRows={12}
      fullWidth
      error={!!fieldState.error}
      helperText={fieldState.error ? `${fieldState.error.message} ${count}` : count}
    />
  );
}
