import Box from '@mui/material/Box';
import { splitCodeSpans } from '@/lib/markdown/code-span';

/** A sentence whose `backticked` parts (event and property names) show as code. */
export function InlineCodeText({ text }: { text: string }) {
  return splitCodeSpans(text).map((part, index) =>
    part.kind === 'code' ? (
      <Box
        key={index}
        component="code"
        sx={{ fontFamily: 'monospace', fontSize: '0.92em', overflowWrap: 'anywhere' }}
      >
        {part.text}
      </Box>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  );
}
