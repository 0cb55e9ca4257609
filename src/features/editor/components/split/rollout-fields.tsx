import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ChangeEvent } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import type { EditorValues } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';
import { NumberField } from '../fields/number-field';

/** Rollout as a slider and a number (the same value), and the minimum detectable effect. */
export function RolloutFields() {
  const { control } = useFormContext<EditorValues>();
  const { readOnly } = useEditorMode();
  const labelId = useId();
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={3}>
      <Controller
        control={control}
        name="rolloutPercent"
        render={({ field, fieldState }) => (
          <Box sx={{ flex: 1 }}>
            <Typography id={labelId} variant="body2" color="text.secondary" gutterBottom>
              Rollout: the share of eligible users who enter the experiment
            </Typography>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              {/* The browser's own range input: the same keys (arrows, Page Up/Down, Home/End) and
                  role as MUI's Slider without its 6 kB; the number beside it shows the value. */}
              <Box
                component="input"
                type="range"
                value={field.value}
                onChange={(event: ChangeEvent<HTMLInputElement>) =>
                  field.onChange(Number(event.target.value))
                }
                onBlur={field.onBlur}
                min={0}
                max={100}
                step={1}
                disabled={readOnly}
                aria-labelledby={labelId}
                aria-valuetext={`${field.value}%`}
                sx={{ flex: 1, minWidth: 0, accentColor: (theme) => theme.palette.primary.main }}
              />
              <NumberField
                value={field.value}
                onChange={(value) => value != null && field.onChange(value)}
                onBlur={field.onBlur}
                inputRef={field.ref}
                size="small"
                suffix="%"
                min={0}
                max={100}
                readOnly={readOnly}
                error={Boolean(fieldState.error)}
                inputProps={{ 'aria-label': 'Rollout percentage' }}
                sx={{ width: '7.5rem' }}
              />
            </Stack>
            {fieldState.error && (
              <Typography variant="body2" color="error">
                {fieldState.error.message}
              </Typography>
            )}
          </Box>
        )}
      />
      <Controller
        control={control}
        name="minimumDetectableEffect"
        render={({ field, fieldState }) => (
          <NumberField
            label="Minimum detectable effect"
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            nullable
            suffix="%"
            min={0}
            max={100}
            readOnly={readOnly}
            error={Boolean(fieldState.error)}
            helperText={
              fieldState.error?.message ??
              'The smallest relative change worth detecting; 20–30% is typical. Smaller needs more users.'
            }
            sx={{ flex: 1 }}
          />
        )}
      />
    </Stack>
  );
}
