import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import LinearProgress from '@mui/material/LinearProgress';
import { Outlet, useNavigation } from 'react-router';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { RateLimitBanner } from './rate-limit-banner';
import { TopBar } from './top-bar';

/** Shown while a lazily loaded page module arrives, so a click never looks ignored. */
function NavigationProgress() {
  const navigating = useNavigation().state !== 'idle';
  if (!navigating) return null;
  return (
    <LinearProgress
      aria-label="Loading page"
      sx={{ position: 'fixed', top: 0, left: 0, right: 0, zIndex: 'tooltip' }}
    />
  );
}

export function AppLayout() {
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
        maxWidth="lg"
        sx={{ flexGrow: 1, py: { xs: 3, md: 4 }, '&:focus': { outline: 'none' } }}
      >
        <Outlet />
      </Container>
    </Box>
  );
}
