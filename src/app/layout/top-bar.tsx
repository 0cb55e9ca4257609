import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import ScienceOutlined from '@mui/icons-material/ScienceOutlined';
import { Link as RouterLink } from '@/lib/navigation/router';
import { paths } from '@/lib/paths';
import { CommandPaletteButton } from '@/app/command-palette/command-palette-button';
import { ColorModeMenu } from '@/app/theme/color-mode-menu';
import { BackendChip } from './backend-chip';
import { NavLinks } from './nav-links';
import { ProjectSwitcher } from './project-switcher';
import { UserBadge } from './user-badge';

export function TopBar() {
  return (
    <AppBar
      position="sticky"
      color="inherit"
      elevation={0}
      sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
    >
      <Toolbar sx={{ gap: 2, flexWrap: 'wrap', py: { xs: 1, md: 0 } }}>
        <Link
          component={RouterLink}
          to={paths.experiments.getHref()}
          color="inherit"
          underline="none"
          sx={{
            display: 'flex',
            alignItems: 'center',
            gap: 1,
            fontWeight: 700,
            fontSize: '1.1rem',
          }}
        >
          <ScienceOutlined color="primary" aria-hidden />
          Experiment Console
        </Link>
        {/* On phones the navigation takes its own row below the product name and account controls. */}
        <Box sx={{ order: { xs: 3, md: 0 }, width: { xs: '100%', md: 'auto' } }}>
          <NavLinks />
        </Box>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, ml: 'auto' }}>
          <CommandPaletteButton />
          {/* Phones have no room for it; the backend matters most on desktop, where edits happen. */}
          <Box sx={{ display: { xs: 'none', sm: 'flex' } }}>
            <BackendChip />
          </Box>
          <ProjectSwitcher />
          <UserBadge />
          <ColorModeMenu />
        </Box>
      </Toolbar>
    </AppBar>
  );
}
