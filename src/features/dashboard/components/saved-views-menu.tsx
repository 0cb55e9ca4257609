import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import BookmarkBorder from '@mui/icons-material/BookmarkBorder';
import Check from '@mui/icons-material/Check';
import { useId, useState } from 'react';
import type { NoticeInput } from '../hooks/use-notice';
import { useSavedViews } from '../hooks/use-saved-views';
import { matchingView, withDefault, withoutView, type SavedView } from '../utils/saved-views';
import { LazySaveViewDialog } from './lazy-parts';

interface SavedViewsMenuProps {
  /** The view on screen, as the query it is saved as. */
  query: string;
  /** A name that describes the view on screen, offered when saving it. */
  suggestedName: string;
  onOpen: (query: string) => void;
  notify: (notice: NoticeInput) => void;
}

/**
 * Saved views: named dashboard views kept in this browser (per project), one of them optionally the one
 * the dashboard opens with. A view is its URL, so sharing one is sharing the link.
 */
export function SavedViewsMenu({ query, suggestedName, onOpen, notify }: SavedViewsMenuProps) {
  const { views, change, ready } = useSavedViews();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [saving, setSaving] = useState(false);
  const menuId = useId();
  const current = matchingView(views, query);
  const close = () => setAnchor(null);
  const kept = (ok: boolean, message: string, undo?: () => void) =>
    notify(
      ok
        ? { message, severity: 'success', undo }
        : { message: 'This browser did not let the console store views.', severity: 'error' },
    );

  const remove = (view: SavedView) => {
    const before = views;
    kept(
      change((list) => withoutView(list, view.id)),
      `Deleted the view “${view.name}”.`,
      () => void change(() => before),
    );
  };
  const toggleDefault = (view: SavedView) =>
    kept(
      change((list) => withDefault(list, view.isDefault ? null : view.id)),
      view.isDefault
        ? 'The dashboard opens with all experiments again.'
        : `The dashboard opens with “${view.name}”.`,
    );

  return (
    <>
      <Button
        startIcon={<BookmarkBorder />}
        aria-haspopup="menu"
        aria-expanded={anchor ? true : undefined}
        aria-controls={anchor ? menuId : undefined}
        disabled={!ready}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {current ? `View: ${current.name}` : 'Views'}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={close}>
        {views.length === 0 && (
          <MenuItem disabled>
            <ListItemText
              primary="No saved views yet"
              secondary="Filter and sort the list, then save it here."
            />
          </MenuItem>
        )}
        {views.map((view) => (
          <MenuItem
            key={view.id}
            selected={view === current}
            onClick={() => {
              close();
              onOpen(view.query);
            }}
          >
            <ListItemIcon>{view === current && <Check fontSize="small" />}</ListItemIcon>
            <ListItemText
              primary={view.name}
              secondary={view.isDefault ? 'Opens first' : undefined}
              slotProps={{ primary: { sx: { overflowWrap: 'anywhere', maxWidth: '20rem' } } }}
            />
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          onClick={() => {
            close();
            setSaving(true);
          }}
        >
          <ListItemText inset primary={current ? 'Save as a new view…' : 'Save this view…'} />
        </MenuItem>
        {current && (
          <MenuItem
            onClick={() => {
              close();
              toggleDefault(current);
            }}
          >
            <ListItemText
              inset
              primary={
                current.isDefault
                  ? 'Stop opening with this view'
                  : 'Open the dashboard with this view'
              }
            />
          </MenuItem>
        )}
        {current && (
          <MenuItem
            onClick={() => {
              close();
              remove(current);
            }}
          >
            <ListItemText inset primary={`Delete “${current.name}”`} />
          </MenuItem>
        )}
      </Menu>
      {saving && (
        <LazySaveViewDialog
          views={views}
          query={query}
          suggestedName={suggestedName}
          onClose={() => setSaving(false)}
          onSave={(next, name) => {
            setSaving(false);
            kept(change(next), `Saved the view “${name}”.`);
          }}
        />
      )}
    </>
  );
}
