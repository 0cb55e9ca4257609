import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { EditorValues } from '../form/editor-values';
import { useFormStateValue } from '../form/use-form-state-value';
import type { SavePhase } from '../save/use-editor-save';
import { useEditorMode } from './editor-context';

interface SaveBarProps {
  phase: SavePhase;
  /** A link back (to the experiment or the list). */
  cancel: ReactNode;
  /** The form the save button submits (the bar is not inside one). */
  formId: string;
}

function countErrors(errors: object): number {
  return Object.entries(errors).filter(([key, value]) => key !== 'root' && value).length;
}

/** Always in reach at the bottom: what state the form is in, and the save button with its progress. */
export function SaveBar({ phase, cancel, formId }: SaveBarProps) {
  const { kind } = useEditorMode();
  // Two primitives, so typing (which changes neither) does not re-render the bar.
  const isDirty = useFormStateValue<boolean, EditorValues>({ isDirty: true }, (s) => s.isDirty);
  const problems = useFormStateValue<number, EditorValues>(
    { errors: true, isSubmitted: true },
    (s) => (s.isSubmitted ? countErrors(s.errors) : 0),
  );
  const busy = phase !== 'idle';
  const status = busy
    ? phase === 'checking'
      ? 'Checking for changes made elsewhere…'
      : 'Saving…'
    : problems > 0
      ? `${problems} ${problems === 1 ? 'field needs' : 'fields need'} attention`
      : kind === 'create'
        ? 'Not created yet'
        : isDirty
          ? 'Unsaved changes'
          : 'No unsaved changes';
  return (
    <Paper
      elevation={3}
      sx={{ position: 'sticky', bottom: 16, zIndex: 'appBar', px: 2, py: 1.5, mt: 3 }}
    >
      <Stack
        direction="row"
        spacing={2}
        sx={{ alignItems: 'center', justifyContent: 'space-between' }}
      >
        <Typography
          variant="body2"
          color={problems > 0 ? 'error' : 'text.secondary'}
          role="status"
          aria-live="polite"
        >
          {status}
        </Typography>
        <Stack direction="row" spacing={1}>
          {/* The page's own back link is at the top; on a phone the bar keeps only Save. */}
          <Box sx={{ display: { xs: 'none', sm: 'block' } }}>{cancel}</Box>
          <Button
            type="submit"
            form={formId}
            variant="contained"
            loading={busy}
            disabled={kind === 'edit' && !isDirty}
          >
            {kind === 'create' ? 'Create experiment' : 'Save changes'}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
