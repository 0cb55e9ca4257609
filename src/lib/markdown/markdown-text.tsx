import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { parseBlocks, parseInline } from './parse-markdown';

function InlineText({ text }: { text: string }) {
  return parseInline(text).map((part, index) => {
    if (part.kind === 'strong') return <strong key={index}>{part.text}</strong>;
    if (part.kind === 'link') {
      // A description's links lead out of the console (docs, tickets): a new tab keeps the form open.
      return (
        <Link key={index} href={part.href} target="_blank" rel="noopener noreferrer">
          {part.text}
        </Link>
      );
    }
    if (part.kind === 'code') {
      return (
        <Box key={index} component="code" sx={{ fontFamily: 'monospace', fontSize: '0.92em' }}>
          {part.text}
        </Box>
      );
    }
    return part.text;
  });
}

/**
 * Renders a description's Markdown subset. Its headings are shown as bold lines, not <h*> elements, so a
 * description never breaks the page's own heading outline.
 */
export function MarkdownText({ source }: { source: string }) {
  return (
    <Box sx={{ '& > :first-of-type': { mt: 0 }, '& > :last-child': { mb: 0 } }}>
      {parseBlocks(source).map((block, index) => {
        if (block.kind === 'heading') {
          return (
            <Typography key={index} sx={{ fontWeight: 600, mt: 2, mb: 0.5 }}>
              <InlineText text={block.text} />
            </Typography>
          );
        }
        if (block.kind === 'list') {
          return (
            <Box key={index} component={block.ordered ? 'ol' : 'ul'} sx={{ my: 1, pl: 3 }}>
              {block.items.map((item, itemIndex) => (
                <Typography key={itemIndex} component="li">
                  <InlineText text={item} />
                </Typography>
              ))}
            </Box>
          );
        }
        return (
          <Typography key={index} sx={{ my: 1 }}>
            {block.lines.map((line, lineIndex) => (
              <span key={lineIndex}>
                {lineIndex > 0 && <br />}
                <InlineText text={line} />
              </span>
            ))}
          </Typography>
        );
      })}
    </Box>
  );
}
