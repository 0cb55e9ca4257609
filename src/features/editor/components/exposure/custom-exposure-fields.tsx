import Stack from '@mui/material/Stack';
import { useController, useFormContext } from 'react-hook-form';
import type { EditorValues } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';
import { EventPicker } from '../fields/event-picker';
import { ExposurePropertiesField } from './exposure-properties-field';

/** The custom exposure's event or action and its properties; loaded on demand (exposure-section.tsx). */
export function CustomExposureFields() {
  const { control } = useFormContext<EditorValues>();
  const { readOnly } = useEditorMode();
  const event = useController({ control, name: 'exposureEvent' });
  const action = useController({ control, name: 'exposureAction' });
  return (
    <Stack spacing={1.5} sx={{ pl: { sm: 4 } }}>
      <EventPicker
        label="Exposure event or action"
        value={event.field.value}
        onChange={event.field.onChange}
        onBlur={event.field.onBlur}
        inputRef={event.field.ref}
        readOnly={readOnly}
        error={event.fieldState.error?.message}
        actions={{ value: action.field.value, onChange: action.field.onChange }}
      />
      <ExposurePropertiesField />
    </Stack>
  );
}
