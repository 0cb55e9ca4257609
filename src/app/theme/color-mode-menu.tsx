import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { Tooltip } from '@/lib/ui/tooltip';
import { useColorScheme } from '@mui/material/styles';
import DarkMode from '@mui/icons-material/DarkMode';
import LightMode from '@mui/icons-material/LightMode';
import SettingsBrightness from '@mui/icons-material/SettingsBrightness';
import { useId, useState, type MouseEvent } from 'react';

const MODES = [
  { mode: 'system', label: 'System', Icon: SettingsBrightness },
  { mode: 'light', label: 'Light', Icon: LightMode },
  { mode: 'dark', label: 'Dark', Icon: DarkMode },
] as const;

/** System / light / dark; MUI remembers the choice in localStorage and follows the OS for "system". */
export function ColorModeMenu() {
  const { mode, setMode } = useColorScheme();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  // `mode` is undefined until the provider has read storage; show "system" meanwhile.
  const current = MODES.find((option) => option.mode === mode) ?? MODES[0];
  const label = `Theme: ${current.label}`;

  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="menu"
          aria-controls={anchor ? menuId : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
        >
          <current.Icon />
        </IconButton>
      </Tooltip>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {MODES.map(({ mode: option, label: optionLabel, Icon }) => (
          <MenuItem
            key={option}
            role="menuitemradio"
            aria-checked={option === current.mode}
            selected={option === current.mode}
            onClick={() => {
              setMode(option);
              setAnchor(null);
            }}
          >
            <ListItemIcon>
              <Icon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{optionLabel}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
