import { Controller, useFormContext } from 'react-hook-form';
import { NAME_MAX } from '@/shared';
import type { EditorValues } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';
import { ControllerTextField } from '../fields/controller-text-field';

export function NameField() {
  const { control } = useFormContext<EditorValues>();
  const { readOnly } = useEditorMode();
  return (
    <Controller
      control={control}
      name="name"
      render={({ field, fieldState }) => (
        <ControllerTextField
          field={field}
          label="Name"
          required
          error={fieldState.error?.message}
          helperText="What people will call this experiment."
          maxLength={NAME_MAX}
          readOnly={readOnly}
        />
      )}
    />
  );
}
