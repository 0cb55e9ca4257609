import Stack from '@mui/material/Stack';
import { Controller, useFormContext } from 'react-hook-form';
import type { MetricFormValues } from '../../metric-form/metric-form-values';
import { NumberField } from '../fields/number-field';
import { RadioField, type RadioOption } from '../fields/radio-field';
import { SourceFields } from './source-fields';
import { TimeUnitField } from './time-unit-field';

const START_HANDLING_OPTIONS: RadioOption[] = [
  { value: 'first_seen', label: 'Count from the first start' },
  { value: 'last_seen', label: 'Count from the last start' },
];

/** Start and completion events, the window the completion must fall in, and which start counts. */
export function RetentionFields() {
  const { control } = useFormContext<MetricFormValues>();
  const windowField = (name: 'retentionWindowStart' | 'retentionWindowEnd', label: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberField
          label={label}
          name={field.name}
          value={field.value}
          onChange={(v) => v != null && field.onChange(v)}
          onBlur={field.onBlur}
          inputRef={field.ref}
          min={0}
          step={1}
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message}
          sx={{ flex: 1 }}
        />
      )}
    />
  );
  return (
    <Stack spacing={2.5}>
      <SourceFields path="startEvent" label="Start" withMath={false} />
      <SourceFields path="completionEvent" label="Completion" withMath={false} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {windowField('retentionWindowStart', 'Window starts after')}
        {windowField('retentionWindowEnd', 'Window ends after')}
        <TimeUnitField name="retentionWindowUnit" />
      </Stack>
      <RadioField
        control={control}
        name="startHandling"
        label="When a user starts more than once"
        options={START_HANDLING_OPTIONS}
        row
      />
    </Stack>
  );
}
