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
  const { launched, status } = useEditorMode();
  if (!launched) return null;
  return (
    <FormSection
      title="Dates"
      description="Correct when the experiment started or ended; results use these dates. Times are in your time zone."
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <DateController name="startDate" label="Start date" />
        {status === 'stopped' && <DateController name="endDate" label="End date" />}
      </Stack>
    </FormSection>
  );
}

/** A required date of a launched experiment: clearing it is not an edit PostHog allows, so it is ignored. */
function DateController({ name, label }: { name: 'startDate' | 'endDate'; label: string }) {
  const { control } = useFormContext<EditorValues>();
  const { readOnly } = useEditorMode();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateTimeField
          label={label}
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
  );
}
