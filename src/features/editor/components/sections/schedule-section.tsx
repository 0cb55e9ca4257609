import Stack from '@mui/material/Stack';
import { Controller, useFormContext } from 'react-hook-form';
import type { EditorValues } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';
import { DateTimeField } from '../fields/date-time-field';
import { FormSection } from '../form-section';

/**
 * Start and end dates, where PostHog allows changing them: the start once launched (to correct when it
 * began), the end once stopped. Launching and ending are actions, not edits, so drafts show neither.
 */
export function ScheduleSection() {
  const { control } = useFormContext<EditorValues>();
  const { launched, status, readOnly } = useEditorMode();
  if (!launched) return null;
  const stopped = status === 'stopped';
  return (
    <FormSection
      title="Dates"
      description="Correct when the experiment started or ended; results use these dates. Times are in your time zone."
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Controller
          control={control}
          name="startDate"
          render={({ field, fieldState }) => (
            <DateTimeField
              label="Start date"
              name={field.name}
              value={field.value}
              onChange={(iso) => iso && field.onChange(iso)}
              onBlur={field.onBlur}
              inputRef={field.ref}
              readOnly={readOnly}
              required
              error={Boolean(fieldState.error)}
              helperText={fieldState.error?.message}
              sx={{ flex: 1 }}
            />
          )}
        />
        {stopped && (
          <Controller
            control={control}
            name="endDate"
            render={({ field, fieldState }) => (
              <DateTimeField
                label="End date"
                name={field.name}
                value={field.value}
                onChange={(iso) => iso && field.onChange(iso)}
                onBlur={field.onBlur}
                inputRef={field.ref}
                readOnly={readOnly}
                required
                error={Boolean(fieldState.error)}
                helperText={fieldState.error?.message}
                sx={{ flex: 1 }}
              />
            )}
          />
        )}
      </Stack>
    </FormSection>
  );
}
