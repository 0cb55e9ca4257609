import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { CreatorFilter as Creator } from '../utils/dashboard-view';
import type { CreatorOption } from '../utils/creator-options';

interface CreatorFilterProps {
  value: Creator;
  onChange: (creator: Creator) => void;
  /** Whether "Created by me" can be offered (the current user's id is known). */
  canFilterByMe: boolean;
  options: CreatorOption[];
}

const ANYONE = 'anyone';

export function CreatorFilter({ value, onChange, canFilterByMe, options }: CreatorFilterProps) {
  const selected = value === null ? ANYONE : String(value);
  return (
    <TextField
      select
      size="small"
      label="Created by"
      value={selected}
      onChange={(event) => {
        const raw = event.target.value;
        onChange(raw === ANYONE ? null : raw === 'me' ? 'me' : Number(raw));
      }}
      sx={{ minWidth: '12rem' }}
    >
      <MenuItem value={ANYONE}>Anyone</MenuItem>
      {(canFilterByMe || value === 'me') && <MenuItem value="me">Me</MenuItem>}
      {options.map((option) => (
        <MenuItem key={option.id} value={String(option.id)}>
          {option.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
