import { experimentStatus, STATUS_LABELS, type Experiment } from '@/shared';
import { paths } from '@/lib/paths';
import { DEFAULT_VIEW, STATUS_FILTERS } from '@/features/dashboard/utils/dashboard-view';
import { describeView, viewQuery, type SavedView } from '@/features/dashboard/utils/saved-views';
import { editPermission } from '@/features/lifecycle/utils/edit-permission';
import {
  requestedActionTarget,
  type RequestedAction,
} from '@/features/lifecycle/utils/requested-action';
import type { RecentExperiment } from './recent-experiments';

/** One line of the palette: where it goes (or what it does), and why it cannot, if it cannot. */
export interface PaletteItem {
  id: string;
  label: string;
  /** Said after the label: a status, "Saved view", a shortcut. */
  hint?: string;
  /** Shown under the label; the item cannot be chosen. */
  disabledReason?: string;
  href?: string;
  /** For what is not a page: copying the flag key. */
  run?: () => void;
}

export interface PaletteGroup {
  label: string;
  items: PaletteItem[];
}

export interface PaletteInput {
  query: string;
  recent: RecentExperiment[];
  /** The server's answer to the query (name search), undefined while it is on its way. */
  found: Experiment[] | undefined;
  savedViews: SavedView[];
  /** The experiment whose page is open, if any. */
  experiment: Experiment | undefined;
  copyFlagKey: (key: string) => void;
}

const matches = (query: string, ...texts: string[]) => {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const text = texts.join(' ').toLowerCase();
  return words.every((word) => text.includes(word));
};

/** The dashboard's tabs, named and written into the URL by the same rules as a saved view. */
const VIEWS = [...STATUS_FILTERS, 'attention' as const].map((tab) => {
  const view = { ...DEFAULT_VIEW, tab };
  return { label: describeView(view), query: viewQuery(view) };
});

const dashboard = (query: string) => `${paths.experiments.getHref()}${query ? `?${query}` : ''}`;

/** The actions of the experiment page, in the order of its buttons, each as its `?action=` link. */
const ACTIONS: { action: RequestedAction; label: string }[] = [
  { action: 'launch', label: 'Launch' },
  { action: 'pause', label: 'Pause' },
  { action: 'resume', label: 'Resume' },
  { action: 'end', label: 'End experiment' },
  { action: 'conclude', label: 'Record the conclusion' },
  { action: 'ship', label: 'Ship a variant' },
  { action: 'flag-off', label: 'Turn the flag off' },
  { action: 'flag-on', label: 'Turn the flag on' },
  { action: 'duplicate', label: 'Duplicate' },
  { action: 'reset', label: 'Reset to draft' },
];

function experimentActions(experiment: Experiment, copyFlagKey: (key: string) => void) {
  const page = paths.experiment.getHref(experiment.id);
  const edit = editPermission(experiment);
  const items: PaletteItem[] = ACTIONS.map(({ action, label }) => {
    const target = requestedActionTarget(action, experiment);
    return {
      id: `action-${action}`,
      label,
      href: `${page}?action=${action}`,
      ...(target.dialog ? {} : { disabledReason: target.message }),
    };
  });
  items.push({
    id: 'action-edit',
    label: 'Edit',
    href: paths.editExperiment.getHref(experiment.id),
    ...(edit.allowed ? {} : { disabledReason: `Cannot edit: ${edit.reason}` }),
  });
  items.push({
    id: 'action-copy-flag-key',
    label: 'Copy the flag key',
    hint: experiment.feature_flag_key,
    run: () => copyFlagKey(experiment.feature_flag_key),
  });
  // What can be done first; what cannot, with its reason, after.
  return [...items.filter((i) => !i.disabledReason), ...items.filter((i) => i.disabledReason)];
}

const statusHint = (experiment: Experiment) => STATUS_LABELS[experimentStatus(experiment)].label;

/**
 * The palette's lines for what was typed: the experiment on screen's actions, experiments (recently
 * visited ones while nothing is typed, else the server's name search), dashboard views and saved views,
 * and "New experiment". Groups with nothing in them are left out.
 */
export function paletteGroups(input: PaletteInput): PaletteGroup[] {
  const { query, recent, found, savedViews, experiment, copyFlagKey } = input;
  const typed = query.trim();
  const groups: PaletteGroup[] = [];
  if (experiment) {
    groups.push({
      label: `“${experiment.name}”`,
      items: experimentActions(experiment, copyFlagKey).filter((item) =>
        matches(typed, item.label),
      ),
    });
  }
  groups.push(
    typed
      ? {
          label: 'Experiments',
          items: (found ?? []).map((e) => ({
            id: `experiment-${e.id}`,
            label: e.name,
            hint: statusHint(e),
            href: paths.experiment.getHref(e.id),
          })),
        }
      : {
          label: 'Recently visited',
          items: recent.map((e) => ({
            id: `recent-${e.id}`,
            label: e.name,
            href: paths.experiment.getHref(e.id),
          })),
        },
  );
  groups.push({
    label: 'Views',
    items: [
      ...savedViews.map((view): PaletteItem => ({
        id: `saved-${view.id}`,
        label: view.name,
        hint: 'Saved view',
        href: dashboard(view.query),
      })),
      ...VIEWS.map((view): PaletteItem => ({
        id: `view-${view.query || 'all'}`,
        label: view.label,
        href: dashboard(view.query),
      })),
    ].filter((item) => matches(typed, item.label, item.hint ?? '')),
  });
  groups.push({
    label: 'Create',
    items: [{ id: 'new', label: 'New experiment', href: paths.newExperiment.getHref() }].filter(
      (item) => matches(typed, item.label),
    ),
  });
  return groups.filter((group) => group.items.length > 0);
}
