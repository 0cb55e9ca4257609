import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Search from '@mui/icons-material/Search';
import { useRef } from 'react';
import { useDebouncedCommit } from '../hooks/use-debounced-commit';
import { useSlashToFocus } from '../hooks/use-slash-to-focus';

interface SearchFieldProps {
  value: string;
  onSearch: (search: string) => void;
}

/**
 * Searches names as you type (after a short pause), and flag keys beside them (see get-flag-key-matches);
 * "/" focuses it from anywhere, Esc clears it.
 */
export function SearchField({ value, onSearch }: SearchFieldProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const { draft, setDraft, commitNow } = useDebouncedCommit(value, onSearch);
  useSlashToFocus(inputRef);
  return (
    <TextField
      type="search"
      size="small"
      label="Search by name or flag key"
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && draft) {
          event.preventDefault();
          commitNow('');
        }
      }}
      inputRef={inputRef}
      sx={{ flex: '1 1 16rem', maxWidth: { sm: '24rem' } }}
      slotProps={{
        htmlInput: { 'aria-keyshortcuts': '/' },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <Search fontSize="small" />
            </InputAdornment>
          ),
          endAdornment: !draft && (
            <InputAdornment position="end" aria-hidden>
              <Box
                component="kbd"
                title="Press / to search"
                sx={{
                  px: 0.75,
                  border: 1,
                  borderColor: 'divider',
                  borderRadius: 1,
                  fontSize: '0.75rem',
                  color: 'text.secondary',
                }}
              >
                /
              </Box>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
