import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { MarkdownInline } from './markdown-inline';
import { parseBlocks, type Block } from './parse-blocks';
import { parseInline } from './parse-inline';

function InlineText({ text }: { text: string }) {
  return <MarkdownInline parts={parseInline(text)} />;
}

function BlockView({ block, tight = false }: { block: Block; tight?: boolean }) {
  switch (block.kind) {
    case 'heading':
      // Bold lines, not <h*> elements: written text never breaks the page's own heading outline.
      return (
        <Typography
          variant="inherit"
          sx={{
            fontWeight: block.level <= 2 ? 700 : 600,
            fontSize: block.level <= 2 ? '1.1em' : undefined,
            mt: 2,
            mb: 0.5,
          }}
        >
          <InlineText text={block.text} />
        </Typography>
      );
    case 'paragraph':
      return (
        <Typography variant="inherit" component={tight ? 'div' : 'p'} sx={{ my: tight ? 0 : 1 }}>
          {block.lines.map((line, index) => (
            <span key={index}>
              {index > 0 && <br />}
              <InlineText text={line} />
            </span>
          ))}
        </Typography>
      );
    case 'list':
      return (
        <Box
          component={block.ordered ? 'ol' : 'ul'}
          start={block.ordered && block.start !== 1 ? block.start : undefined}
          sx={{ my: 1, pl: 3 }}
        >
          {block.items.map((item, index) => (
            <Typography key={index} variant="inherit" component="li">
              <Blocks blocks={item} tight />
            </Typography>
          ))}
        </Box>
      );
    case 'code':
      // Wrapped rather than scrolled sideways: readable at phone width and nothing to scroll by keyboard.
      return (
        <Box
          component="pre"
          sx={{
            my: 1,
            p: 1.5,
            borderRadius: 1,
            bgcolor: 'action.hover',
            fontFamily: 'monospace',
            fontSize: '0.92em',
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
          }}
        >
          <code>{block.text}</code>
        </Box>
      );
    case 'quote':
      return (
        <Box
          component="blockquote"
          sx={{
            my: 1,
            mx: 0,
            pl: 2,
            borderLeft: 4,
            borderColor: 'divider',
            color: 'text.secondary',
          }}
        >
          <Blocks blocks={block.blocks} />
        </Box>
      );
    case 'table':
      return (
        <Table
          size="small"
          sx={{ my: 1, width: 'auto', '& td, & th': { overflowWrap: 'anywhere' } }}
        >
          <TableHead>
            <TableRow>
              {block.head.map((cell, column) => (
                <TableCell key={column} align={block.align[column] ?? undefined}>
                  <InlineText text={cell} />
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {block.rows.map((row, rowIndex) => (
              <TableRow key={rowIndex}>
                {row.map((cell, column) => (
                  <TableCell key={column} align={block.align[column] ?? undefined}>
                    <InlineText text={cell} />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      );
    case 'rule':
      return <Box component="hr" sx={{ my: 2, border: 0, borderTop: 1, borderColor: 'divider' }} />;
  }
}

function Blocks({ blocks, tight = false }: { blocks: Block[]; tight?: boolean }) {
  // A list item of one paragraph reads as a line; one with several blocks keeps their spacing.
  const tightItem = tight && blocks.filter((block) => block.kind === 'paragraph').length <= 1;
  return blocks.map((block, index) => <BlockView key={index} block={block} tight={tightItem} />);
}

/**
 * The one Markdown renderer for text people write: experiment descriptions and conclusion comments.
 * Parsed to data and rendered as React elements, so no HTML in the text is ever interpreted.
 */
export function MarkdownText({
  source,
  variant = 'body1',
}: {
  source: string;
  /** The text size: body2 where the Markdown sits in a compact place (a change table, a card). */
  variant?: 'body1' | 'body2';
}) {
  return (
    <Box
      sx={{
        typography: variant,
        overflowWrap: 'anywhere',
        '& > :first-of-type': { mt: 0 },
        '& > :last-child': { mb: 0 },
      }}
    >
      <Blocks blocks={parseBlocks(source)} />
    </Box>
  );
}
