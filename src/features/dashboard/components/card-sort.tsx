import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { sortToOrder, SORT_FIELDS, type Sort, type SortField } from '../utils/dashboard-view';

const WORDS: Record<SortField, { asc: string; desc: string }> = {
  created_at: { desc: 'Newest first', asc: 'Oldest first' },
  name: { asc: 'Name A–Z', desc: 'Name Z–A' },
  status: { asc: 'Status: drafts first', desc: 'Status: ended first' },
  start_date: { desc: 'Started most recently', asc: 'Started longest ago' },
  duration: { desc: 'Longest running', asc: 'Shortest running' },
};

const OPTIONS: Sort[] = SORT_FIELDS.flatMap((field) =>
  (['desc', 'asc'] as const).map((direction) => ({ field, direction })),
);

/** Cards have no column headers to click, so the same orders are offered as one choice. */
export function CardSort({ sort, onSort }: { sort: Sort; onSort: (sort: Sort) => void }) {
  return (
    <TextField
      select
      size="small"
      label="Sort"
      value={sortToOrder(sort)}
      onChange={(event) => {
        const chosen = OPTIONS.find((option) => sortToOrder(option) === event.target.value);
        if (chosen) onSort(chosen);
      }}
      sx={{ m: 2, mb: 1, minWidth: '12rem' }}
    >
      {OPTIONS.map((option) => (
        <MenuItem key={sortToOrder(option)} value={sortToOrder(option)}>
          {WORDS[option.field][option.direction]}
        </MenuItem>
      ))}
    </TextField>
  );
}
