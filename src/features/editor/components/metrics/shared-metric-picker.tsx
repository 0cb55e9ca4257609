import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { describeMetric, type ExperimentSavedMetric } from '@/shared';
import { errorMessage } from '@/lib/api-error';
import { useSavedMetrics } from '../../api/get-saved-metrics';
import { InlineCodeText } from '../inline-code-text';
import { PICKER_HELP, PICKER_LABEL } from './shared-metric-stand-in';

export interface SharedMetricPickerProps {
  /** Ids already attached: not offered again. */
  attached: ReadonlySet<number>;
  onPick: (metric: ExperimentSavedMetric) => void;
  /** What was typed into the stand-in before this code arrived. */
  initialText: string;
  /** Opened by a click: show the list at once, as a click on the field would. */
  openNow: boolean;
  /** The stand-in had focus: it moves here, where the person goes on typing. */
  focus: boolean;
}

/** Picks a shared metric to attach; loaded on demand (see shared-metrics-field.tsx). */
export function SharedMetricPicker({
  attached,
  onPick,
  initialText,
  openNow,
  focus,
}: SharedMetricPickerProps) {
  const savedMetrics = useSavedMetrics();
  const [text, setText] = useState(initialText);
  // MUI resets the input to the (empty) value when it mounts: until the person types here, its resets
  // keep what they typed into the stand-in. Picking an option empties the field.
  const handedOver = useRef(initialText !== '');
  const available = (savedMetrics.data ?? []).filter((m) => !attached.has(m.id));
  return (
    <Autocomplete
      options={available}
      value={null}
      inputValue={text}
      onInputChange={(_event, value, reason) => {
        if (reason === 'reset' && handedOver.current) return;
        handedOver.current = false;
        setText(reason === 'reset' ? '' : value);
      }}
      // Opened by a click, or with text typed into the stand-in: the list shows at once.
      openOnFocus={openNow || initialText !== ''}
      loading={savedMetrics.isLoading}
      getOptionLabel={(option) => option.name}
      onChange={(_event, metric) => {
        if (!metric) return;
        onPick(metric);
        handedOver.current = false;
        setText('');
      }}
      noOptionsText={
        savedMetrics.isError ? errorMessage(savedMetrics.error) : 'No other shared metric'
      }
      renderOption={(props, option) => {
        const { key, ...rest } = props;
        return (
          <Box component="li" key={key} {...rest}>
            <Box>
              <div>{option.name}</div>
              <Typography variant="body2" color="text.secondary">
                <InlineCodeText text={describeMetric(option.query)} />
              </Typography>
            </Box>
          </Box>
        );
      }}
      renderInput={(params) => (
        // Focus moves from the stand-in only if it still had it.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        <TextField {...params} autoFocus={focus} label={PICKER_LABEL} helperText={PICKER_HELP} />
      )}
    />
  );
}
