import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import InputBase from '@mui/material/InputBase';
import Typography from '@mui/material/Typography';
import Search from '@mui/icons-material/Search';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useMatch, useNavigate } from '@/lib/navigation/router-hooks';
import { errorMessage } from '@/lib/api-error';
import { copyToClipboard } from '@/lib/copy-to-clipboard';
import { useNotify } from '@/lib/notice/notice-context';
import { parseExperimentId, paths } from '@/lib/paths';
import { visuallyHidden } from '@/lib/ui/visually-hidden';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { experimentQueryOptions } from '@/features/experiments/api/get-experiment';
import { experimentsQueryOptions } from '@/features/experiments/api/get-experiments';
import { useSavedViews } from '@/features/dashboard/hooks/use-saved-views';
import { paletteGroups, type PaletteItem } from './palette-items';
import { useRecentExperiments } from './recent-experiments';

const SEARCH_DELAY_MS = 150;
const FOUND_LIMIT = 8;

/**
 * Ctrl/⌘+K: jump to an experiment (recently visited first, else the server's name search), a dashboard
 * view or a saved one, "New experiment", or act on the experiment in view with the page's own rules (an
 * action that cannot run says why). ARIA's combobox pattern: focus stays in the text box, the arrow keys
 * move through the options, Enter chooses, Esc closes.
 */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState({ query: '', index: 0 });
  const ids = useId();
  const navigate = useNavigate();
  const notify = useNotify();

  const search = useDebouncedValue(query.trim(), SEARCH_DELAY_MS);
  const found = useQuery({
    ...experimentsQueryOptions({ search, limit: FOUND_LIMIT, offset: 0 }),
    enabled: search !== '',
  });
  const recent = useRecentExperiments();
  const { views } = useSavedViews();
  const match = useMatch(paths.experiment.path);
  const inView = parseExperimentId(match?.params.id);
  const experiment = useQuery({
    ...experimentQueryOptions(inView ?? 0),
    enabled: inView !== null,
  }).data;

  const typedSearch = query.trim();
  const answered = typedSearch !== '' && search === typedSearch && !found.isPending;
  const groups = useMemo(
    () =>
      paletteGroups({
        query,
        recent,
        found: answered ? found.data?.results : undefined,
        savedViews: views,
        experiment,
        copyFlagKey: (key) => void copyToClipboard(key).then(notify),
      }),
    [query, recent, answered, found.data, views, experiment, notify],
  );
  const items = groups.flatMap((group) => group.items);
  const index = active.query === query ? Math.min(active.index, items.length - 1) : 0;
  const current = items[index];
  const optionId = (item: PaletteItem) => `${ids}-${item.id}`;

  const choose = (item: PaletteItem | undefined) => {
    if (!item || item.disabledReason) return;
    onClose();
    if (item.run) item.run();
    else if (item.href) void navigate(item.href);
  };
  const move = (by: number) =>
    setActive({ query, index: items.length ? (index + by + items.length) % items.length : 0 });
  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      Enter: () => choose(current),
    };
    const handler = keys[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  };

  const searching = typedSearch !== '' && !answered;
  const status = searching
    ? 'Searching experiments…'
    : found.isError && typedSearch !== ''
      ? `Could not search experiments: ${errorMessage(found.error)}`
      : items.length === 0
        ? `Nothing matches “${typedSearch}”.`
        : `${items.length} result${items.length === 1 ? '' : 's'}`;

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby={`${ids}-title`}
      sx={{ '& .MuiDialog-container': { alignItems: 'flex-start' } }}
      slotProps={{ paper: { sx: { mt: { xs: 2, sm: '12vh' } } } }}
    >
      <Typography id={`${ids}-title`} component="h2" sx={visuallyHidden}>
        Command palette
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1.5 }}>
        <Search aria-hidden color="action" />
        <InputBase
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the palette exists to be typed into
          autoFocus
          fullWidth
          placeholder="Jump to an experiment, a view or an action…"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          inputProps={{
            role: 'combobox',
            'aria-label': 'Search experiments, views and actions',
            'aria-expanded': true,
            'aria-controls': `${ids}-list`,
            'aria-autocomplete': 'list',
            'aria-activedescendant': current ? optionId(current) : undefined,
          }}
        />
      </Box>
      <Box role="status" sx={{ px: 2, pb: 1, color: 'text.secondary', typography: 'caption' }}>
        {status}
      </Box>
      <Box
        id={`${ids}-list`}
        role="listbox"
        aria-label="Results"
        sx={{ maxHeight: '60vh', overflowY: 'auto', borderTop: 1, borderColor: 'divider', py: 1 }}
      >
        {groups.map((group, groupIndex) => (
          <Box key={group.label} role="group" aria-labelledby={`${ids}-group-${groupIndex}`}>
            <Typography
              id={`${ids}-group-${groupIndex}`}
              role="presentation"
              variant="overline"
              color="text.secondary"
              sx={{ display: 'block', px: 2, pt: 1, lineHeight: 2, overflowWrap: 'anywhere' }}
            >
              {group.label}
            </Typography>
            {group.items.map((item) => {
              const selected = item === current;
              return (
                <Box
                  key={item.id}
                  id={optionId(item)}
                  role="option"
                  aria-selected={selected}
                  aria-disabled={item.disabledReason ? true : undefined}
                  // Keeps focus (and the caret) in the text box.
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => !selected && setActive({ query, index: items.indexOf(item) })}
                  onClick={() => choose(item)}
                  sx={{
                    px: 2,
                    py: 0.75,
                    cursor: item.disabledReason ? 'default' : 'pointer',
                    bgcolor: selected ? 'action.selected' : undefined,
                  }}
                >
                  <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline' }}>
                    <Typography
                      component="span"
                      color={item.disabledReason ? 'text.secondary' : 'text.primary'}
                      sx={{ overflowWrap: 'anywhere' }}
                    >
                      {item.label}
                    </Typography>
                    {item.hint && (
                      <Typography
                        component="span"
                        variant="body2"
                        color="text.secondary"
                        noWrap
                        sx={{ ml: 'auto', flexShrink: 0, maxWidth: '45%' }}
                      >
                        {item.hint}
                      </Typography>
                    )}
                  </Box>
                  {item.disabledReason && (
                    <Typography variant="body2" color="text.secondary">
                      {item.disabledReason}
                    </Typography>
                  )}
                </Box>
              );
            })}
          </Box>
        ))}
      </Box>
    </Dialog>
  );
}
