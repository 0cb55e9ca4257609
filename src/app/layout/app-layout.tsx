import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import { ProgressBar } from '@/lib/ui/progress-bar';
import { keyframes } from '@mui/material/styles';
import { Outlet } from '@/lib/navigation/router';
import { useMatch } from '@/lib/navigation/router-hooks';
import { useIsNavigating } from '@/lib/navigation/navigation-context';
import { paths } from '@/lib/paths';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { RateLimitBanner } from './rate-limit-banner';
import { TopBar } from './top-bar';

// Every navigation is pending for a moment while it renders; only one that takes a while shows the bar.
const appearLate = keyframes`from { opacity: 0; } to { opacity: 1; }`;

/** Shown while a lazily loaded page module arrives, so a click never looks ignored. */
function NavigationProgress() {
  if (!useIsNavigating()) return null;
  return (
    <ProgressBar
      aria-label="Loading page"
      sx={{
        position: 'fixed',
        top: 0,
        left: 0,
        right: 0,
        zIndex: 'tooltip',
        animation: `${appearLate} 0s 150ms both`,
      }}
    />
  );
}

export function AppLayout() {
  // The dashboard's table gives every extra pixel to the Name column; reading pages keep a line length
  // that is comfortable to read.
  const wide = useMatch(paths.experiments.path) !== null;
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <SkipLink />
      <NavigationProgress />
      <TopBar />
      <RateLimitBanner />
      <Container
        component="main"
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        maxWidth={wide ? 'xl' : 'lg'}
        sx={{ flexGrow: 1, py: { xs: 3, md: 4 }, '&:focus': { outline: 'none' } }}
      >
        <Outlet />
      </Container>
    </Box>
  );
}
