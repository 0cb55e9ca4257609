import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller, useFormContext } from 'react-hook-form';
import type { EditorValues } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';
import { RadioField, type RadioOption } from '../fields/radio-field';
import { SwitchField } from '../fields/switch-field';
import { FormSection } from '../form-section';

const CONFIDENCE_LEVELS = [80, 90, 95, 99];
const METHOD_OPTIONS: RadioOption[] = [
  { value: 'bayesian', label: 'Bayesian: chance each variant is best' },
  { value: 'frequentist', label: 'Frequentist: p-values and confidence intervals' },
];

export function StatisticsSection() {
  const { control } = useFormContext<EditorValues>();
  const { readOnly } = useEditorMode();
  return (
    <FormSection
      title="Statistics"
      description="How results are computed and how sure they must be."
    >
      <RadioField
        control={control}
        name="statsMethod"
        label="Method"
        options={METHOD_OPTIONS}
        row
        disabled={readOnly}
      />
      <Controller
        control={control}
        name="confidencePercent"
        render={({ field, fieldState }) => {
          // A level set in PostHog that is not in the list is still shown and kept.
          const levels = CONFIDENCE_LEVELS.includes(field.value)
            ? CONFIDENCE_LEVELS
            : [...CONFIDENCE_LEVELS, field.value].sort((a, b) => a - b);
          return (
            <TextField
              select
              label="Confidence level"
              name={field.name}
              value={field.value}
              onChange={(event) => field.onChange(Number(event.target.value))}
              onBlur={field.onBlur}
              inputRef={field.ref}
              slotProps={{ input: { readOnly } }}
              error={Boolean(fieldState.error)}
              helperText={
                fieldState.error?.message ??
                'Higher needs more users before a result is significant.'
              }
              sx={{ maxWidth: 320 }}
            >
              {levels.map((level) => (
                <MenuItem key={level} value={level}>
                  {level}%
                </MenuItem>
              ))}
            </TextField>
          );
        }}
      />
      <SwitchField
        name="onlyCountMaturedUsers"
        label="Only count matured users"
        hint="Leaves out users whose conversion window has not ended yet, so recent users do not drag results down."
      />
    </FormSection>
  );
}
