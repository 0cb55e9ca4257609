import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import type { EditorSection } from '@/shared';

interface FormSectionProps {
  title: string;
  /** The URL fragment that leads here (`/edit#metrics`), from the launch checklist's "fix it" links. */
  anchor?: EditorSection;
  /** One sentence on what this part of the experiment decides. */
  description?: ReactNode;
  children: ReactNode;
}

/** A titled part of the editor; the h2 titles give the long form an outline to jump through. */
export function FormSection({ title, anchor, description, children }: FormSectionProps) {
  const headingId = useId();
  return (
    <Paper
      component="section"
      id={anchor}
      // Focusable only from script (see use-scroll-to-section.ts), never a tab stop.
      tabIndex={anchor ? -1 : undefined}
      variant="outlined"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2, sm: 3 }, '&:focus': { outline: 'none' } }}
    >
      <Typography id={headingId} variant="h6" component="h2">
        {title}
      </Typography>
      {description && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {description}
        </Typography>
      )}
      <Stack spacing={3} sx={{ mt: 2.5 }}>
        {children}
      </Stack>
    </Paper>
  );
}
