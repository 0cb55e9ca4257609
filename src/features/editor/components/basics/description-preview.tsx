import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useWatch } from 'react-hook-form';
import { MarkdownText } from '@/lib/markdown/markdown-text';
import type { EditorValues } from '../../form/editor-values';

/** The description as the experiment page renders it; loaded with the editor's on-demand parts. */
export function DescriptionPreview() {
  const description = useWatch<EditorValues, 'description'>({ name: 'description' });
  return (
    <Box
      sx={{
        minHeight: 136,
        p: 1.5,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        overflowWrap: 'anywhere',
      }}
    >
      {description.trim() ? (
        <MarkdownText source={description} />
      ) : (
        <Typography color="text.secondary">Nothing to preview yet.</Typography>
      )}
    </Box>
  );
}
