import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { TIME_UNITS } from '@/shared';
import type { MetricFormValues } from '../../metric-form/metric-form-values';
import { NumberField } from '../fields/number-field';
import { UNIT_LABELS } from './metric-labels';
import { bindInput } from '../fields/bind-input';

/** Goal, conversion window and name: the same for every metric type. */
export function MetricCommonFields() {
  const { control } = useFormContext<MetricFormValues>();
  const goalId = useId();
  return (
    <Stack spacing={2.5}>
      <Controller
        control={control}
        name="goal"
        render={({ field }) => (
          <FormControl>
            <FormLabel id={goalId}>Goal</FormLabel>
            <RadioGroup {...field} row aria-labelledby={goalId}>
              <FormControlLabel value="increase" control={<Radio />} label="Increase" />
              <FormControlLabel value="decrease" control={<Radio />} label="Decrease" />
            </RadioGroup>
          </FormControl>
        )}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Controller
          control={control}
          name="conversionWindow"
          render={({ field, fieldState }) => (
            <NumberField
              label="Conversion window"
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              nullable
              min={1}
              step={1}
              error={Boolean(fieldState.error)}
              helperText={fieldState.error?.message ?? 'Empty: count for the whole experiment.'}
              sx={{ flex: 1 }}
            />
          )}
        />
        <Controller
          control={control}
          name="conversionWindowUnit"
          render={({ field }) => (
            <TextField {...bindInput(field)} select label="Window unit" sx={{ flex: 1 }}>
              {TIME_UNITS.map((unit) => (
                <MenuItem key={unit} value={unit}>
                  {UNIT_LABELS[unit]}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      </Stack>
      <Controller
        control={control}
        name="name"
        render={({ field, fieldState }) => (
          <TextField
            {...bindInput(field)}
            label="Name (optional)"
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message ?? 'Without a name, the sentence below is shown.'}
            fullWidth
          />
        )}
      />
    </Stack>
  );
}
