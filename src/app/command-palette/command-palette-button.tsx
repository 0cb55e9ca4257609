import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Search from '@mui/icons-material/Search';
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';

/** The palette's code (dialog, search, actions) loads the first time it is opened. */
const CommandPalette = lazy(() =>
  import('./command-palette').then((m) => ({ default: m.CommandPalette })),
);

const noChange = () => () => {};
/** ⌘ on Apple keyboards; the server, which cannot know, says Ctrl (so does hydration, then the browser). */
const useIsApple = () =>
  useSyncExternalStore(
    noChange,
    () => /Mac|iPhone|iPad/.test(navigator.platform),
    () => false,
  );

/** Opens the command palette, from the top bar or with Ctrl/⌘+K anywhere. */
export function CommandPaletteButton() {
  const [open, setOpen] = useState(false);
  const apple = useIsApple();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'k' || event.altKey || event.shiftKey) return;
      if (!(event.metaKey || event.ctrlKey)) return;
      event.preventDefault();
      setOpen((wasOpen) => !wasOpen);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  const shortcut = apple ? '⌘K' : 'Ctrl K';
  return (
    <>
      <Button
        variant="outlined"
        color="inherit"
        size="small"
        startIcon={<Search />}
        onClick={() => setOpen(true)}
        // The same name on a phone, where only the magnifier shows.
        aria-label="Jump to…"
        aria-keyshortcuts={apple ? 'Meta+K' : 'Control+K'}
        sx={{
          minWidth: 0,
          borderColor: 'divider',
          color: 'text.secondary',
          textTransform: 'none',
          '& .MuiButton-startIcon': { mr: { xs: 0, lg: 1 } },
        }}
      >
        <Box component="span" sx={{ display: { xs: 'none', lg: 'inline' } }}>
          Jump to…
        </Box>
        <Box
          component="kbd"
          aria-hidden
          sx={{
            ml: 1,
            px: 0.5,
            border: 1,
            borderColor: 'divider',
            borderRadius: 0.5,
            fontSize: '0.75rem',
            fontFamily: 'inherit',
            display: { xs: 'none', lg: 'inline' },
          }}
        >
          {shortcut}
        </Box>
      </Button>
      {open && (
        <Suspense fallback={null}>
          <CommandPalette onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
