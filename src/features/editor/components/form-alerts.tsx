import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { EditorValues } from '../form/editor-values';
import { useFormStateValue } from '../form/use-form-state-value';
import { InlineCodeText } from './inline-code-text';
import { RevealedAlert } from './revealed-alert';

/** Errors that belong to no single field (network, server, rules PostHog states without a field). */
export function FormErrorAlert() {
  const message = useFormStateValue<string | undefined, EditorValues>(
    { errors: true },
    (s) => s.errors.root?.server?.message,
  );
  if (!message) return null;
  return (
    <RevealedAlert severity="error" revealKey={message}>
      {message}
    </RevealedAlert>
  );
}

export function ForbiddenAlert({ detail }: { detail: string }) {
  return (
    <RevealedAlert severity="error" revealKey={detail}>
      <AlertTitle>You can’t change this experiment</AlertTitle>
      The server refused to save because your account does not have editor access (“{detail}”). Your
      changes are still in this form; ask an editor of this project to make them, or to give you
      access.
    </RevealedAlert>
  );
}

interface UnknownEventsAlertProps {
  events: string[];
  onSaveAnyway: () => void;
  onDismiss: () => void;
}

/** PostHog refuses metrics on events it has never received, unless told to save anyway. */
export function UnknownEventsAlert({ events, onSaveAnyway, onDismiss }: UnknownEventsAlertProps) {
  const names = events.map((e) => `\`${e}\``).join(', ');
  return (
    <RevealedAlert
      severity="warning"
      revealKey={events.join()}
      action={
        <Stack direction="row" spacing={1}>
          <Button color="inherit" size="small" onClick={onDismiss}>
            Fix the metrics
          </Button>
          <Button color="inherit" size="small" variant="outlined" onClick={onSaveAnyway}>
            Save anyway
          </Button>
        </Stack>
      }
    >
      <AlertTitle>
        PostHog has never received {events.length === 1 ? 'this event' : 'these events'}
      </AlertTitle>
      <InlineCodeText text={names} />. Metrics on {events.length === 1 ? 'it' : 'them'} will stay
      empty until the events arrive. Check the spelling, or save anyway if the events ship with this
      experiment.
    </RevealedAlert>
  );
}
