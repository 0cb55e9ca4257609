import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { Controller, useFormContext } from 'react-hook-form';
import type { MetricFormValues } from '../../metric-form/metric-form-values';
import { bindInput } from '../fields/bind-input';
import { NumberField } from '../fields/number-field';
import { RadioField, type RadioOption } from '../fields/radio-field';
import { TimeUnitField } from './time-unit-field';

const GOAL_OPTIONS: RadioOption[] = [
  { value: 'increase', label: 'Increase' },
  { value: 'decrease', label: 'Decrease' },
];

/** Goal, conversion window and name: the same for every metric type. */
export function MetricCommonFields() {
  const { control } = useFormContext<MetricFormValues>();
  return (
    <Stack spacing={2.5}>
      <RadioField control={control} name="goal" label="Goal" options={GOAL_OPTIONS} row />
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
        <TimeUnitField name="conversionWindowUnit" />
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
