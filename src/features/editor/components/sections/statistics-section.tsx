import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useId } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import type { EditorValues } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';
import { SwitchField } from '../fields/switch-field';
import { FormSection } from '../form-section';

const CONFIDENCE_LEVELS = [80, 90, 95, 99];

export function StatisticsSection() {
  const { control } = useFormContext<EditorValues>();
  const { readOnly } = useEditorMode();
  const methodId = useId();
  // Group labels and hints opt out of the disabled grey (disabled={false}): a viewer must still read them.
  return (
    <FormSection
      title="Statistics"
      description="How results are computed and how sure they must be."
    >
      <Controller
        control={control}
        name="statsMethod"
        render={({ field }) => (
          <FormControl disabled={readOnly}>
            <FormLabel disabled={false} id={methodId}>
              Method
            </FormLabel>
            <RadioGroup {...field} row aria-labelledby={methodId}>
              <FormControlLabel
                value="bayesian"
                control={<Radio />}
                label="Bayesian: chance each variant is best"
              />
              <FormControlLabel
                value="frequentist"
                control={<Radio />}
                label="Frequentist: p-values and confidence intervals"
              />
            </RadioGroup>
          </FormControl>
        )}
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
