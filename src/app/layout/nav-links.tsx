import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { Link as RouterLink } from '@/lib/navigation/router';
import { useLocation } from '@/lib/navigation/router-hooks';
import { paths } from '@/lib/paths';

const LINKS = [
  {
    label: 'Experiments',
    href: paths.experiments.getHref(),
    // The list owns every experiment page except the "new" one.
    isCurrent: (pathname: string) =>
      pathname.startsWith(paths.experiments.path) && pathname !== paths.newExperiment.path,
  },
  {
    label: 'New experiment',
    href: paths.newExperiment.getHref(),
    isCurrent: (pathname: string) => pathname === paths.newExperiment.path,
  },
];

export function NavLinks() {
  const { pathname } = useLocation();
  return (
    <Box component="nav" aria-label="Main" sx={{ display: 'flex', gap: 0.5 }}>
      {LINKS.map((link) => {
        const current = link.isCurrent(pathname);
        return (
          <Button
            key={link.href}
            component={RouterLink}
            to={link.href}
            color="inherit"
            aria-current={current ? 'page' : undefined}
            sx={{
              fontWeight: current ? 700 : 500,
              ...(current && { color: 'primary.main', bgcolor: 'action.selected' }),
            }}
          >
            {link.label}
          </Button>
        );
      })}
    </Box>
  );
}
