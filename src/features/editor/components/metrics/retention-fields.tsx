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
import { SourceFields } from './source-fields';
import { bindInput } from '../fields/bind-input';

/** Start and completion events, the window the completion must fall in, and which start counts. */
export function RetentionFields() {
  const { control } = useFormContext<MetricFormValues>();
  const handlingId = useId();
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
        <Controller
          control={control}
          name="retentionWindowUnit"
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
        name="startHandling"
        render={({ field }) => (
          <FormControl>
            <FormLabel id={handlingId}>When a user starts more than once</FormLabel>
            <RadioGroup {...field} row aria-labelledby={handlingId}>
              <FormControlLabel
                value="first_seen"
                control={<Radio />}
                label="Count from the first start"
              />
              <FormControlLabel
                value="last_seen"
                control={<Radio />}
                label="Count from the last start"
              />
            </RadioGroup>
          </FormControl>
        )}
      />
    </Stack>
  );
}
