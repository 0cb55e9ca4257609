import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Controller, useController, useFormContext, useWatch } from 'react-hook-form';
import { EXPERIMENT_MATH, type ExperimentMath } from '@/shared';
import { PROPERTY_MATH, type MetricFormValues } from '../../metric-form/metric-form-values';
import { EventPicker } from '../fields/event-picker';
import { PropertyFiltersField } from '../fields/property-filters-field';
import { NumberField } from '../fields/number-field';
import { MATH_LABELS } from './metric-labels';
import { bindInput } from '../fields/bind-input';

export type SourcePath =
  'source' | 'numerator' | 'denominator' | 'startEvent' | 'completionEvent' | `steps.${number}`;

function MathExtras({ path, label }: { path: SourcePath; label: string }) {
  const { control } = useFormContext<MetricFormValues>();
  const math = useWatch<MetricFormValues, `${SourcePath}.math`>({ name: `${path}.math` });
  if (PROPERTY_MATH.has(math)) {
    return (
      <Controller
        control={control}
        name={`${path}.mathProperty`}
        render={({ field, fieldState }) => (
          <TextField
            {...bindInput(field)}
            label={`${label}: property`}
            placeholder="e.g. revenue"
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message ?? 'A numeric event property.'}
            slotProps={{ htmlInput: { spellCheck: false } }}
            fullWidth
          />
        )}
      />
    );
  }
  if (math === 'hogql') {
    return (
      <Controller
        control={control}
        name={`${path}.mathHogql`}
        render={({ field, fieldState }) => (
          <TextField
            {...bindInput(field)}
            label={`${label}: HogQL expression`}
            placeholder="e.g. sum(toFloat(properties.revenue))"
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message}
            slotProps={{ htmlInput: { spellCheck: false } }}
            fullWidth
          />
        )}
      />
    );
  }
  if (math === 'unique_group') {
    return (
      <Controller
        control={control}
        name={`${path}.mathGroupTypeIndex`}
        render={({ field }) => (
          <NumberField
            label={`${label}: group type index`}
            value={field.value}
            onChange={(v) => v != null && field.onChange(v)}
            onBlur={field.onBlur}
            min={0}
            max={4}
            helperText="0–4, as numbered in your project’s group types."
          />
        )}
      />
    );
  }
  return null;
}

/**
 * An event or an action, the property filters that narrow it ("`$current_url` contains `/home`") and,
 * where the metric aggregates, how: its math.
 */
export function SourceFields({
  path,
  label,
  withMath,
}: {
  path: SourcePath;
  label: string;
  withMath: boolean;
}) {
  const { control } = useFormContext<MetricFormValues>();
  const event = useController({ control, name: `${path}.event` });
  const action = useController({ control, name: `${path}.action` });
  return (
    <Stack spacing={2}>
      <EventPicker
        label={`${label}: event or action`}
        value={event.field.value}
        onChange={event.field.onChange}
        onBlur={event.field.onBlur}
        inputRef={event.field.ref}
        error={event.fieldState.error?.message}
        actions={{ value: action.field.value, onChange: action.field.onChange }}
      />
      <PropertyFiltersField
        name={`${path}.properties`}
        labelPrefix={`${label}: `}
        addLabel={`Add a ${label.toLowerCase()} filter`}
        heading={`${label}: only where`}
      />
      {withMath && (
        <Controller
          control={control}
          name={`${path}.math`}
          render={({ field }) => (
            <TextField
              {...bindInput(field)}
              select
              label={`${label}: aggregation`}
              fullWidth
              slotProps={{
                select: { renderValue: (value) => MATH_LABELS[value as ExperimentMath].label },
              }}
            >
              {EXPERIMENT_MATH.map((math) => (
                <MenuItem key={math} value={math}>
                  <Stack>
                    <span>{MATH_LABELS[math].label}</span>
                    <Typography variant="caption" color="text.secondary">
                      {MATH_LABELS[math].description}
                    </Typography>
                  </Stack>
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      )}
      {withMath && <MathExtras path={path} label={label} />}
    </Stack>
  );
}
