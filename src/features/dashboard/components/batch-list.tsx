import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';

export interface BatchListItem {
  id: number;
  name: string;
  /** Why it is skipped, or what PostHog answered. */
  note?: string;
}

interface BatchListProps {
  /** "Will resume", "Skipped", "Failed": the heading, with the count after it. */
  title: string;
  items: BatchListItem[];
  tone?: 'error' | 'warning';
}

/**
 * One group of a batch's preview or report. Long lists scroll inside their own box, which takes the keyboard
 * focus so they can be scrolled without a mouse.
 */
export function BatchList({ title, items, tone }: BatchListProps) {
  const headingId = useId();
  if (items.length === 0) return null;
  return (
    <div>
      <Typography
        id={headingId}
        variant="subtitle2"
        component="h3"
        color={tone ? `${tone}.main` : undefined}
      >
        {title} ({items.length.toLocaleString('en-US')})
      </Typography>
      <Box
        tabIndex={0}
        role="region"
        aria-labelledby={headingId}
        sx={{
          maxHeight: 220,
          overflowY: 'auto',
          mt: 0.5,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
        }}
      >
        <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {items.map((item) => (
            <Box
              component="li"
              key={item.id}
              sx={{
                px: 1.5,
                py: 0.75,
                '& + li': { borderTop: 1, borderColor: 'divider' },
                overflowWrap: 'anywhere',
              }}
            >
              <Typography variant="body2">{item.name}</Typography>
              {item.note && (
                <Typography variant="body2" color="text.secondary">
                  {item.note}
                </Typography>
              )}
            </Box>
          ))}
        </Box>
      </Box>
    </div>
  );
}
