import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useContext, useId, type ReactNode } from 'react';
import type { EditorSection } from '@/shared';
import { EditorSubmitContext } from './editor-context';

interface FormSectionProps {
  title: string;
  /** The URL fragment that leads here (`/edit#metrics`), from the launch checklist's "fix it" links. */
  anchor?: EditorSection;
  /** One sentence on what this part of the experiment decides. */
  description?: ReactNode;
  children: ReactNode;
}

/**
 * A titled part of the editor; the h2 titles give the long form an outline to jump through.
 *
 * Each section is its own `<form>`: Chrome's autofill reads the whole form a field belongs to after every
 * keystroke, and one form holding twenty variants and twenty metrics made that a few milliseconds per key.
 * The hidden submit button keeps Enter in a field saving, as it did in the one big form.
 */
export function FormSection({ title, anchor, description, children }: FormSectionProps) {
  const headingId = useId();
  const submit = useContext(EditorSubmitContext);
  return (
    <Paper
      component="section"
      id={anchor}
      // Focusable only from script (see use-scroll-to-section.ts), never a tab stop.
      tabIndex={anchor ? -1 : undefined}
      variant="outlined"
      aria-labelledby={headingId}
      sx={{
        p: { xs: 2, sm: 3 },
        '&:focus': { outline: 'none' },
        // A section out of view is not laid out or painted: with twenty variants and twenty metrics, each
        // keystroke otherwise repaints and re-layers the whole long form. Once shown, its real height is
        // remembered (`auto`), so scrolling back does not shift the page.
        contentVisibility: 'auto',
        containIntrinsicSize: 'auto 480px',
      }}
    >
      <Typography id={headingId} variant="h6" component="h2">
        {title}
      </Typography>
      {description && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {description}
        </Typography>
      )}
      <Box component="form" noValidate onSubmit={submit}>
        <Stack spacing={3} sx={{ mt: 2.5 }}>
          {children}
        </Stack>
        <button type="submit" hidden tabIndex={-1} />
      </Box>
    </Paper>
  );
}
