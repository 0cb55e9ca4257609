import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import { RecentlyDeletedLink } from '@/features/experiments/components/delete/recently-deleted-link';
import type { ViewUpdate } from '../hooks/use-dashboard-view';
import type { NoticeInput } from '../hooks/use-notice';
import { hasFilters, readView, type DashboardView } from '../utils/dashboard-view';
import type { CreatorOption } from '../utils/creator-options';
import { describeView, viewQuery } from '../utils/saved-views';
import { CreatorFilter } from './creator-filter';
import { SavedViewsMenu } from './saved-views-menu';
import { SearchField } from './search-field';

interface DashboardToolbarProps {
  view: DashboardView;
  update: (patch: ViewUpdate, options?: { replace?: boolean }) => void;
  clearFilters: () => void;
  creatorOptions: CreatorOption[];
  canFilterByMe: boolean;
  notify: (notice: NoticeInput) => void;
}

export function DashboardToolbar(props: DashboardToolbarProps) {
  const { view, update, clearFilters, creatorOptions, canFilterByMe, notify } = props;
  return (
    <Stack
      direction="row"
      useFlexGap
      spacing={2}
      sx={{ alignItems: 'center', flexWrap: 'wrap' }}
      role="search"
      aria-label="Filter experiments"
    >
      {/* While refining a search, replace the history entry: Back returns to before the search began. */}
      <SearchField
        value={view.search}
        onSearch={(search) => update({ search }, { replace: view.search !== '' && search !== '' })}
      />
      <CreatorFilter
        value={view.creator}
        onChange={(creator) => update({ creator })}
        canFilterByMe={canFilterByMe}
        options={creatorOptions}
      />
      {/* Needs attention obeys it too: an archived experiment whose flag still splits users is listed. */}
      <FormControlLabel
        label="Archived only"
        control={
          <Switch
            checked={view.archived}
            onChange={(event) => update({ archived: event.target.checked })}
          />
        }
      />
      <Stack direction="row" spacing={1} sx={{ ml: { md: 'auto' }, alignItems: 'center' }}>
        {hasFilters(view) && <Button onClick={clearFilters}>Clear filters</Button>}
        <SavedViewsMenu
          query={viewQuery(view)}
          suggestedName={describeView(view)}
          onOpen={(query) => update(readView(new URLSearchParams(query)))}
          notify={notify}
        />
        {/* Deleted experiments leave every list (PostHog cannot list them): this is the way back. */}
        <RecentlyDeletedLink />
      </Stack>
    </Stack>
  );
}
