import Link from '@mui/material/Link';

export const MAIN_CONTENT_ID = 'main-content';

/** First stop for keyboard users: jumps past the top bar. Hidden until focused. */
export function SkipLink() {
  return (
    <Link
      href={`#${MAIN_CONTENT_ID}`}
      sx={(theme) => ({
        position: 'absolute',
        left: theme.spacing(1),
        top: theme.spacing(-10),
        zIndex: theme.zIndex.appBar + 1,
        px: 2,
        py: 1,
        borderRadius: 1,
        bgcolor: 'background.paper',
        boxShadow: theme.shadows[4],
        '&:focus': { top: theme.spacing(1) },
      })}
    >
      Skip to content
    </Link>
  );
}
