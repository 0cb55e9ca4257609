import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { API_FIELD_LABELS, type EditorApiField } from '../form/api-fields';
import type { ConflictQuestion } from '../save/prepare-update';
import { describeField, type FieldNames } from './describe-field';

interface ConflictDialogProps {
  question: ConflictQuestion;
  names: FieldNames;
  /** The fields where the person keeps their own value, or null to go back to editing. */
  onAnswer: (keepMine: Set<EditorApiField> | null) => void;
}

function Value({ label, text }: { label: string; text: string }) {
  return (
    <Box component="span" sx={{ display: 'block' }}>
      <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
        {label}:
      </Typography>{' '}
      <Typography component="span" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {text}
      </Typography>
    </Box>
  );
}

/** Someone saved while this person edited: show each field changed there against here, and let them pick. */
export function ConflictDialog({ question, names, onAnswer }: ConflictDialogProps) {
  const titleId = useId();
  const [keepMine, setKeepMine] = useState(
    () => new Set(question.conflicts.filter((c) => c.needsChoice).map((c) => c.field)),
  );
  const choose = (field: EditorApiField, mine: boolean) => {
    const next = new Set(keepMine);
    if (mine) next.add(field);
    else next.delete(field);
    setKeepMine(next);
  };
  return (
    <Dialog
      open
      onClose={() => onAnswer(null)}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="md"
      scroll="paper"
    >
      <DialogTitle id={titleId}>This experiment changed while you were editing</DialogTitle>
      <DialogContent dividers>
        <DialogContentText sx={{ mb: 2 }}>
          Someone saved it after you opened it. Nothing of yours is saved yet. Where you both
          changed a field, choose which version to keep; your other changes are kept.
        </DialogContentText>
        <Stack component="ul" spacing={2} sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {question.conflicts.map((conflict) => {
            const label = API_FIELD_LABELS[conflict.field];
            const mine = describeField(conflict.field, question.mine, names);
            const theirs = describeField(conflict.field, question.theirs, names);
            return (
              <Box
                component="li"
                key={conflict.field}
                sx={{ p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}
              >
                <Typography sx={{ fontWeight: 600 }} id={`${titleId}-${conflict.field}`}>
                  {label}
                </Typography>
                {conflict.needsChoice ? (
                  <RadioGroup
                    aria-labelledby={`${titleId}-${conflict.field}`}
                    value={keepMine.has(conflict.field) ? 'mine' : 'theirs'}
                    onChange={(event) => choose(conflict.field, event.target.value === 'mine')}
                  >
                    <FormControlLabel
                      value="mine"
                      control={<Radio />}
                      label={<Value label="Keep mine" text={mine} />}
                    />
                    <FormControlLabel
                      value="theirs"
                      control={<Radio />}
                      label={<Value label="Take theirs" text={theirs} />}
                    />
                  </RadioGroup>
                ) : (
                  <Typography
                    variant="body2"
                    color="text.secondary"
                    component="div"
                    sx={{ mt: 0.5 }}
                  >
                    {conflict.changedHere
                      ? 'You both made the same change.'
                      : 'Changed there only; their version is taken:'}
                    <Value label="Now" text={theirs} />
                  </Typography>
                )}
              </Box>
            );
          })}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onAnswer(null)}>Back to editing</Button>
        <Button variant="contained" onClick={() => onAnswer(keepMine)}>
          Save with these choices
        </Button>
      </DialogActions>
    </Dialog>
  );
}
