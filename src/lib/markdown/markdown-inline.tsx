import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import type { Inline } from './parse-inline';

const codeSx = {
  fontFamily: 'monospace',
  fontSize: '0.92em',
  px: 0.5,
  borderRadius: 0.5,
  bgcolor: 'action.hover',
  overflowWrap: 'anywhere',
} as const;

/** Parsed inline Markdown as React elements; text is always rendered as text, never as HTML. */
export function MarkdownInline({ parts }: { parts: readonly Inline[] }) {
  return parts.map((part, index) => {
    switch (part.kind) {
      case 'text':
        return part.text;
      case 'code':
        return (
          <Box key={index} component="code" sx={codeSx}>
            {part.text}
          </Box>
        );
      case 'strong':
        return (
          <strong key={index}>
            <MarkdownInline parts={part.children} />
          </strong>
        );
      case 'emphasis':
        return (
          <em key={index}>
            <MarkdownInline parts={part.children} />
          </em>
        );
      case 'strike':
        return (
          <del key={index}>
            <MarkdownInline parts={part.children} />
          </del>
        );
      case 'link':
        // Links lead out of the console (docs, tickets): a new tab keeps the page and any form open.
        return (
          <Link
            key={index}
            href={part.href}
            target="_blank"
            rel="noopener noreferrer"
            sx={{ overflowWrap: 'anywhere' }}
          >
            <MarkdownInline parts={part.children} />
          </Link>
        );
    }
  });
}
