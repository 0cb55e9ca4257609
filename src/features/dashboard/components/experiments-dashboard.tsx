import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useMemo, type ReactNode } from 'react';
import { dashboardPageParams } from '../api/dashboard-page-params';
import { useAttention } from '../api/get-attention';
import { useDashboardPage } from '../api/get-dashboard-page';
import { useStatusCounts } from '../api/get-status-counts';
import { listFilters } from '../api/list-filters';
import { useCreatorFilter } from '../hooks/use-creator-filter';
import { useDashboardView } from '../hooks/use-dashboard-view';
import { useDefaultView } from '../hooks/use-default-view';
import { useNotice } from '../hooks/use-notice';
import { useRowActions } from '../hooks/use-row-actions';
import { creatorOptions } from '../utils/creator-options';
import { LazyAttentionPanel } from './lazy-parts';
import { DashboardToolbar } from './dashboard-toolbar';
import { ExperimentsTablePanel } from './experiments-table-panel';
import { TAB_PANEL_ID, tabId } from '../utils/tab-ids';
import { StatusTabs } from './status-tabs';

/** The experiments dashboard: status tabs with counts, filters, the table, and what needs attention. */
export function ExperimentsDashboard({ createAction }: { createAction?: ReactNode }) {
  const { view, update, clearFilters } = useDashboardView();
  useDefaultView(update);
  const creator = useCreatorFilter(view.creator);
  const filters = listFilters({
    search: view.search,
    created_by_id: creator.createdById,
    archived: view.archived,
  });
  const onAttention = view.tab === 'attention';
  const page = useDashboardPage(
    dashboardPageParams(view, creator.createdById),
    creator.ready && !onAttention,
  );
  // The table's first page goes first: the server answers one request at a time, so the tab counts and the
  // heavier attention check follow once the rows have arrived (later filter changes keep the old page).
  const tableFirst = creator.ready && (onAttention || !page.isPending);
  const counts = useStatusCounts(filters, tableFirst);
  const attention = useAttention(filters, tableFirst);

  // Notices go to the app-wide snackbar (src/lib/notice), so an Undo survives opening an experiment.
  const { show: notify } = useNotice();
  const { actions, busyIds } = useRowActions(notify);
  // Up to 425 experiments sorted by name: only when they change, not on every count or notice.
  const pageRows = page.data?.results;
  const candidates = attention.query.data?.results;
  const selectedCreator = typeof view.creator === 'number' ? view.creator : null;
  const people = useMemo(
    () => creatorOptions([pageRows, candidates], selectedCreator, creator.myId),
    [pageRows, candidates, selectedCreator, creator.myId],
  );
  const attentionCount =
    attention.items && `${attention.items.length}${attention.capped.length ? '+' : ''}`;

  return (
    <Stack spacing={2}>
      <DashboardToolbar
        view={view}
        update={update}
        clearFilters={clearFilters}
        creatorOptions={people}
        canFilterByMe={creator.myId !== undefined}
        notify={notify}
      />
      <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
        <StatusTabs
          value={view.tab}
          onChange={(tab) => update({ tab })}
          counts={counts}
          attentionCount={attentionCount}
        />
        <Box role="tabpanel" id={TAB_PANEL_ID} aria-labelledby={tabId(view.tab)}>
          {onAttention ? (
            <LazyAttentionPanel
              attention={attention}
              scope={{
                search: view.search,
                archived: view.archived,
                byCreator: view.creator !== null,
              }}
              onClearFilters={() => update({ search: '', creator: null, archived: false })}
              notify={notify}
            />
          ) : (
            <ExperimentsTablePanel
              view={view}
              update={update}
              clearFilters={clearFilters}
              query={page}
              actions={actions}
              busyIds={busyIds}
              notify={notify}
              createAction={createAction}
            />
          )}
        </Box>
      </Paper>
    </Stack>
  );
}
