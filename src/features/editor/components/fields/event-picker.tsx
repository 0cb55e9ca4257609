import Autocomplete, { autocompleteClasses } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import InputAdornment from '@mui/material/InputAdornment';
import ListSubheader from '@mui/material/ListSubheader';
import Paper, { type PaperProps } from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState, type Ref } from 'react';
import { useActions, type ActionOption, type ActionRef } from '../../api/get-actions';
import { useEventDefinitions } from '../../api/get-event-definitions';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { InlineCodeText } from '../inline-code-text';

interface EventPickerProps {
  label: string;
  value: string;
  onChange: (event: string) => void;
  onBlur?: () => void;
  error?: string;
  helperText?: string;
  disabled?: boolean;
  /** Shown but not editable (a viewer's form). */
  readOnly?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /**
   * Also offers the project's actions. `value` is the chosen action or null; picking an action empties the
   * event, and typing (an event) drops the action.
   */
  actions?: { value: ActionRef | null; onChange: (action: ActionRef | null) => void };
}

/** An event name, or an action picked from the list. */
type Option = string | ActionOption;
const isAction = (option: Option | ActionRef): option is ActionOption => typeof option !== 'string';

const SEARCH_DELAY_MS = 250;

/** An action's name with an "Action" marker in words, so the list does not rely on colour or grouping. */
function ActionMarker() {
  return <Chip label="Action" size="small" variant="outlined" sx={{ flexShrink: 0 }} />;
}

/** The list's popup surface, with a line under the options when there is something to say about them. */
function PaperWithNote({ note, children, ...paperProps }: PaperProps & { note?: string }) {
  return (
    <Paper {...paperProps}>
      {children}
      {note && (
        <Typography
          variant="body2"
          color="text.secondary"
          sx={{ px: 2, py: 1, borderTop: 1, borderColor: 'divider' }}
        >
          {note}
        </Typography>
      )}
    </Paper>
  );
}

/**
 * An event name: typed freely, with the project's event definitions suggested as you type (the search
 * waits for a pause). A name PostHog has never seen is allowed, with a warning: it may be a typo, or an
 * event that ships with this experiment. With `actions`, the project's actions are offered too, under
 * their own heading.
 */
export function EventPicker(props: EventPickerProps) {
  const {
    label,
    value,
    onChange,
    onBlur,
    error,
    helperText,
    disabled,
    readOnly,
    inputRef,
    actions,
  } = props;
  const [open, setOpen] = useState(false);
  const groupId = useId();
  const action = actions?.value ?? null;
  const offersActions = Boolean(actions);
  const typed = value.trim();
  const search = useDebouncedValue(typed, SEARCH_DELAY_MS);
  const active = !disabled && !readOnly && (open || search !== '');
  const query = useEventDefinitions(search, active);
  const actionQuery = useActions(search, offersActions && active);
  const definitions = useMemo(() => query.data?.results ?? [], [query.data]);
  // The actions cache is shared: a picker without `actions` must not show what another one loaded. A key
  // without the actions scope (PostHog answers 403) still gets its events, and the field says why no
  // action is offered.
  const actionOptions = useMemo(
    () => (offersActions ? (actionQuery.data ?? []) : []),
    [offersActions, actionQuery.data],
  );
  const details = useMemo(() => new Map(definitions.map((d) => [d.name, d])), [definitions]);
  const settled = search === typed && query.isSuccess && !query.isPlaceholderData;
  const unseen = settled && typed !== '' && !details.has(typed);
  const namesAction =
    unseen && actionOptions.find((a) => a.name.toLowerCase() === typed.toLowerCase());

  const actionsProblem =
    actions && actionQuery.isError
      ? `Actions could not be loaded (${actionQuery.error.message}); events still can.`
      : undefined;
  const hint = namesAction
    ? `“${namesAction.name}” is an action, not an event: pick it under Actions.`
    : unseen
      ? `PostHog has not seen “${typed}” in this project yet. Check the spelling; you can still use it.`
      : action
        ? `PostHog action #${action.id}: every event that matches one of its steps counts.`
        : (actionsProblem ?? helperText);
  // Actions first: a project has few, named by people, and they would be out of sight below 20 events.
  const options: Option[] = [...actionOptions, ...definitions.map((d) => d.name)];
  // One object per chosen action: a new one each render would look like a new value to the Autocomplete.
  const actionId = action?.id;
  const actionName = action?.name;
  const selectedAction = useMemo<ActionOption | null>(
    () =>
      actionId === undefined ? null : { id: actionId, name: actionName ?? '', description: null },
    [actionId, actionName],
  );
  return (
    <Autocomplete<Option, false, false, true>
      freeSolo
      disabled={disabled}
      readOnly={readOnly}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      // The open list covers the helper text, so a missing actions group says why inside the list too.
      slots={{ paper: PaperWithNote }}
      slotProps={{ paper: { note: actionsProblem } as PaperProps }}
      // The server already filtered by the search; filtering again would hide results mid-typing.
      filterOptions={(all) => all}
      // Grouped whenever actions are offered, even before any arrive: a list that changed shape under
      // the pointer would lose the click.
      groupBy={actions ? (option) => (isAction(option) ? 'Actions' : 'Events') : undefined}
      // MUI's own group markup (a plain <li> holding a <ul>) breaks the listbox → option structure that
      // screen readers rely on; these are named ARIA groups. Keyed by name, not position, so the events
      // keep their elements while the actions above them come and go.
      renderGroup={(params) => (
        <li key={params.group} role="group" aria-labelledby={`${groupId}-${params.group}`}>
          <ListSubheader
            id={`${groupId}-${params.group}`}
            component="div"
            // The popup's own surface, elevation overlay included (dark mode), so the sticky heading
            // does not show as a darker band.
            sx={{ top: -8, bgcolor: 'background.paper', backgroundImage: 'var(--Paper-overlay)' }}
          >
            {params.group}
          </ListSubheader>
          <Box
            component="ul"
            role="presentation"
            sx={{ p: 0, [`& .${autocompleteClasses.option}`]: { pl: 3 } }}
          >
            {params.children}
          </Box>
        </li>
      )}
      getOptionLabel={(option) => (isAction(option) ? option.name : option)}
      isOptionEqualToValue={(option, selected) =>
        isAction(option) ? isAction(selected) && option.id === selected.id : option === selected
      }
      loading={query.isFetching || actionQuery.isFetching}
      loadingText={actions ? 'Searching events and actions…' : 'Searching events…'}
      noOptionsText={actions ? 'No event or action matches' : 'No event matches'}
      // Null, not '', while empty: an empty string counts as a value and would show the clear button.
      value={selectedAction ?? (value || null)}
      inputValue={action ? action.name : value}
      // Only typing is handled here: picking and clearing arrive through onChange.
      onInputChange={(_event, next, reason) => {
        if (reason !== 'input') return;
        if (action) actions?.onChange(null);
        onChange(next);
      }}
      onChange={(_event, next) => {
        if (next !== null && isAction(next)) {
          actions?.onChange({ id: next.id, name: next.name });
          onChange('');
          return;
        }
        if (action) actions?.onChange(null);
        onChange(next ?? '');
      }}
      onBlur={onBlur}
      renderOption={(optionProps, option) => {
        const { key: _key, ...rest } = optionProps;
        const description = isAction(option)
          ? option.description
          : details.get(option)?.description;
        return (
          <Box
            component="li"
            key={isAction(option) ? `action-${option.id}` : `event-${option}`}
            {...rest}
            sx={{ gap: 1 }}
          >
            <Box sx={{ minWidth: 0, flex: 1 }}>
              {isAction(option) ? (
                <Box component="span" sx={{ overflowWrap: 'anywhere' }}>
                  {option.name}
                </Box>
              ) : (
                <Box component="code" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                  {option}
                </Box>
              )}
              {description && (
                <Typography variant="body2" color="text.secondary" noWrap>
                  <InlineCodeText text={description} />
                </Typography>
              )}
            </Box>
            {isAction(option) && <ActionMarker />}
          </Box>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          inputRef={inputRef}
          error={Boolean(error)}
          helperText={error ?? hint}
          slotProps={{
            ...params.slotProps,
            input: {
              ...params.slotProps.input,
              startAdornment: action ? (
                <InputAdornment position="start">
                  <ActionMarker />
                </InputAdornment>
              ) : (
                params.slotProps.input.startAdornment
              ),
            },
            htmlInput: { ...params.slotProps.htmlInput, spellCheck: false },
          }}
        />
      )}
    />
  );
}
