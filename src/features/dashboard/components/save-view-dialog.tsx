import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { newUuid } from '@/lib/new-uuid';
import {
  MAX_VIEW_NAME,
  viewNamed,
  viewNameProblem,
  withSavedView,
  type SavedView,
} from '../utils/saved-views';

interface SaveViewDialogProps {
  views: SavedView[];
  query: string;
  suggestedName: string;
  onClose: () => void;
  /** The change to the stored list, and the name it was saved under. */
  onSave: (next: (views: SavedView[]) => SavedView[], name: string) => void;
}

/** Names the view on screen. Saving under a name already taken replaces that view, and says so first. */
export function SaveViewDialog({
  views,
  query,
  suggestedName,
  onClose,
  onSave,
}: SaveViewDialogProps) {
  const [name, setName] = useState(suggestedName);
  const [tried, setTried] = useState(false);
  const titleId = useId();
  const problem = viewNameProblem(name);
  const replaces = viewNamed(views, name);
  const save = () => {
    setTried(true);
    if (problem) return;
    const id = newUuid();
    onSave((list) => withSavedView(list, name, query, id), name.trim());
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <DialogTitle id={titleId}>Save this view</DialogTitle>
        <DialogContent>
          <TextField
            // eslint-disable-next-line jsx-a11y/no-autofocus -- focus moves within a dialog that just opened
            autoFocus
            fullWidth
            margin="dense"
            label="Name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={tried && Boolean(problem)}
            helperText={
              (tried && problem) ||
              (replaces
                ? `Replaces your view “${replaces.name}” with what is on screen.`
                : 'Kept in this browser. The page’s link shares the same view.')
            }
            slotProps={{ htmlInput: { maxLength: MAX_VIEW_NAME + 20 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained">
            {replaces ? 'Replace view' : 'Save view'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
