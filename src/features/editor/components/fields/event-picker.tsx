import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type Ref } from 'react';
import { useEventDefinitions } from '../../api/get-event-definitions';
import { useDebouncedValue } from '../../utils/use-debounced-value';
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
  /** Shown while empty, e.g. the action a node already points at. */
  placeholder?: string;
}

const SEARCH_DELAY_MS = 250;

/**
 * An event name: typed freely, with the project's event definitions suggested as you type (the search
 * waits for a pause). A name PostHog has never seen is allowed, with a warning: it may be a typo, or an
 * event that ships with this experiment.
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
    placeholder,
  } = props;
  const [open, setOpen] = useState(false);
  const search = useDebouncedValue(value.trim(), SEARCH_DELAY_MS);
  const query = useEventDefinitions(search, !disabled && !readOnly && (open || search !== ''));
  const definitions = useMemo(() => query.data?.results ?? [], [query.data]);
  const details = useMemo(() => new Map(definitions.map((d) => [d.name, d])), [definitions]);
  const settled = search === value.trim() && query.isSuccess && !query.isPlaceholderData;
  const unseen = settled && value.trim() !== '' && !details.has(value.trim());

  const hint = unseen
    ? `PostHog has not seen “${value.trim()}” in this project yet. Check the spelling; you can still use it.`
    : helperText;
  return (
    <Autocomplete
      freeSolo
      disabled={disabled}
      readOnly={readOnly}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={definitions.map((d) => d.name)}
      // The server already filtered by the search; filtering again would hide results mid-typing.
      filterOptions={(options) => options}
      loading={query.isFetching}
      loadingText="Searching events…"
      noOptionsText="No event matches"
      value={value}
      inputValue={value}
      onInputChange={(_event, next) => onChange(next)}
      onChange={(_event, next) => onChange(next ?? '')}
      onBlur={onBlur}
      renderOption={(optionProps, option) => {
        const { key, ...rest } = optionProps;
        const description = details.get(option)?.description;
        return (
          <Box component="li" key={key} {...rest}>
            <Box sx={{ minWidth: 0 }}>
              <Box component="code" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                {option}
              </Box>
              {description && (
                <Typography variant="body2" color="text.secondary" noWrap>
                  <InlineCodeText text={description} />
                </Typography>
              )}
            </Box>
          </Box>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={placeholder}
          inputRef={inputRef}
          error={Boolean(error)}
          helperText={error ?? hint}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, spellCheck: false },
          }}
        />
      )}
    />
  );
}
