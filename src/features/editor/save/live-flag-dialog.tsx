import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import { useId } from 'react';
import { Link as RouterLink } from '@/lib/navigation/router';
import { STATUS_LABELS } from '@/shared';
import { paths } from '@/lib/paths';
import { conclusionLabel } from '@/features/experiments/utils/conclusion-labels';
import { InlineCodeText } from '../components/inline-code-text';
import type { FlagUser, LiveFlagQuestion } from './live-flag-question';

/** "stopped, won, archived": what a person needs to recognise the other experiment. */
function stateWords(user: FlagUser): string {
  return [
    STATUS_LABELS[user.status].label.toLowerCase(),
    user.conclusion && conclusionLabel(user.conclusion).toLowerCase(),
    user.archived && 'archived',
  ]
    .filter(Boolean)
    .join(', ');
}

function OtherExperiments({ question }: { question: LiveFlagQuestion }) {
  const { others, otherCount } = question;
  const unlisted = otherCount - others.length;
  return (
    <>
      {others.map((user, i) => (
        <span key={user.id}>
          {i > 0 && (i === others.length - 1 && unlisted === 0 ? ' and ' : ', ')}“
          {/* A new tab: the form stays as typed. */}
          <Link component={RouterLink} to={paths.experiment.getHref(user.id)} target="_blank">
            {user.name}
          </Link>
          ” ({stateWords(user)})
        </span>
      ))}
      {unlisted > 0 && ` and ${unlisted} more`}
    </>
  );
}

/** Who the flag serves now, in one sentence. */
function WhoIsServed({ question }: { question: LiveFlagQuestion }) {
  const key = `\`${question.flagKey}\``;
  const shared = question.others.length > 0;
  if (question.active) {
    return (
      <>
        <InlineCodeText text={`The feature flag ${key} is on and serves `} />
        {shared ? (
          <>
            the users of <OtherExperiments question={question} />
          </>
        ) : (
          'users right now'
        )}
        : {question.now}.
      </>
    );
  }
  return (
    <>
      <InlineCodeText
        text={`The feature flag ${key} is off (everyone gets the default), and it is also the flag of `}
      />
      <OtherExperiments question={question} />.
    </>
  );
}

interface LiveFlagDialogProps {
  question: LiveFlagQuestion;
  /** true: save and rewrite the flag; false: go back to editing. */
  onAnswer: (save: boolean) => void;
}

/**
 * PostHog rewrites a draft's flag with the draft's split on every save that sends it. When that flag is on,
 * or other experiments use it, the save changes what real users see (or what those experiments serve): say
 * who, and what they will get, before doing it.
 */
export function LiveFlagDialog({ question, onAnswer }: LiveFlagDialogProps) {
  const titleId = useId();
  const when = question.active ? 'from the moment you save' : 'once the flag is turned on';
  return (
    <Dialog open onClose={() => onAnswer(false)} aria-labelledby={titleId} maxWidth="sm">
      <DialogTitle id={titleId}>
        {question.active
          ? 'Saving this draft changes a live feature flag'
          : 'Saving this draft changes a flag other experiments use'}
      </DialogTitle>
      <DialogContent>
        <DialogContentText gutterBottom>
          <WhoIsServed question={question} />
        </DialogContentText>
        <DialogContentText gutterBottom>
          <InlineCodeText
            text={`A draft’s split is written to its flag when it is saved, so the flag will serve ${question.after}${
              question.holdoutChanges ? ', with a different holdout,' : ''
            } ${when}.`}
          />
        </DialogContentText>
        <DialogContentText>
          {question.active
            ? 'Some users will switch to another variant right away.'
            : 'Those experiments will serve the new split, not the one they were set up with.'}{' '}
          To test a new split without touching this flag, give this experiment its own flag
          (duplicate it with a new flag key).
        </DialogContentText>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={() => onAnswer(false)}>Back to editing</Button>
        <Button variant="contained" onClick={() => onAnswer(true)}>
          Save and change the flag
        </Button>
      </DialogActions>
    </Dialog>
  );
}
