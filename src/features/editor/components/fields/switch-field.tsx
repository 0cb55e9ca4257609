import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Switch from '@mui/material/Switch';
import { Controller, useFormContext, type FieldPathByValue } from 'react-hook-form';
import type { EditorValues } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';

/** An on/off setting with its one-line explanation, read-only for viewers. */
export function SwitchField({
  name,
  label,
  hint,
}: {
  name: FieldPathByValue<EditorValues, boolean>;
  label: string;
  hint: string;
}) {
  const { control } = useFormContext<EditorValues>();
  const { readOnly } = useEditorMode();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormControl disabled={readOnly}>
          <FormControlLabel
            control={
              <Switch
                checked={field.value}
                onChange={(e) => field.onChange(e.target.checked)}
                onBlur={field.onBlur}
                name={field.name}
              />
            }
            label={label}
          />
          {/* The hint opts out of the disabled grey: a viewer must still read it. */}
          <FormHelperText disabled={false} sx={{ ml: 0 }}>
            {hint}
          </FormHelperText>
        </FormControl>
      )}
    />
  );
}
