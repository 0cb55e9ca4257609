import TextField from '@mui/material/TextField';
import { Controller, useFormContext } from 'react-hook-form';
import { NAME_MAX } from '@/shared';
import type { EditorValues } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';
import { bindInput } from '../fields/bind-input';

export function NameField() {
  const { control } = useFormContext<EditorValues>();
  const { readOnly } = useEditorMode();
  return (
    <Controller
      control={control}
      name="name"
      render={({ field, fieldState }) => (
        <TextField
          {...bindInput(field)}
          label="Name"
          required
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message ?? 'What people will call this experiment.'}
          slotProps={{ htmlInput: { maxLength: NAME_MAX, readOnly } }}
          fullWidth
        />
      )}
    />
  );
}
