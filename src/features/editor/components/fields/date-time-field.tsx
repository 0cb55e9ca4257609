import TextField, { type TextFieldProps } from '@mui/material/TextField';
import type { Ref } from 'react';
import { isoToLocalInput, localInputToIso } from '../../utils/local-date-time';

type DateTimeFieldProps = Omit<TextFieldProps, 'value' | 'onChange' | 'type'> & {
  value: string | null;
  onChange: (iso: string | null) => void;
  inputRef?: Ref<HTMLInputElement>;
  readOnly?: boolean;
};

/**
 * A native date-and-time input in the reader's time zone, holding an ISO instant in the form. An untouched
 * field keeps the API's exact string, so it is never sent back reformatted.
 */
export function DateTimeField({
  value,
  onChange,
  readOnly,
  ...textFieldProps
}: DateTimeFieldProps) {
  return (
    <TextField
      {...textFieldProps}
      type="datetime-local"
      value={isoToLocalInput(value)}
      onChange={(event) => onChange(localInputToIso(event.target.value))}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { readOnly } }}
    />
  );
}
