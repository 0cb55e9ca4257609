import InputAdornment from '@mui/material/InputAdornment';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useState, type FocusEvent } from 'react';

type NumberFieldProps = Omit<TextFieldProps, 'value' | 'onChange' | 'type' | 'onBlur'> & {
  value: number | null;
  onChange: (value: number | null) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  /** An empty input means "not set" (null) instead of keeping the last number. */
  nullable?: boolean;
  /** Shown after the number, e.g. "%". */
  suffix?: string;
  min?: number;
  max?: number;
  step?: number;
  /** Shown but not editable (a viewer's form): unlike disabled, it stays readable. */
  readOnly?: boolean;
  /** Extra attributes for the <input>, e.g. an aria-label in a table row. */
  inputProps?: Record<string, unknown>;
};

/**
 * A number input that lets a person pass through states that are not numbers yet ("", "-") without the
 * form seeing them, and shows the form's value again when it changes from elsewhere (an auto-balanced
 * split) or on blur.
 */
export function NumberField({
  value,
  onChange,
  onBlur,
  nullable = false,
  suffix,
  min,
  max,
  step,
  inputProps,
  readOnly,
  ...textFieldProps
}: NumberFieldProps) {
  const [draft, setDraft] = useState<{ text: string; committed: number | null } | null>(null);
  const text = draft && draft.committed === value ? draft.text : value == null ? '' : String(value);
  return (
    <TextField
      {...textFieldProps}
      type="number"
      value={text}
      onChange={(event) => {
        const raw = event.target.value;
        const parsed = raw.trim() === '' ? null : Number(raw);
        if (parsed === null && nullable) {
          onChange(null);
          setDraft({ text: raw, committed: null });
        } else if (parsed !== null && Number.isFinite(parsed)) {
          onChange(parsed);
          setDraft({ text: raw, committed: parsed });
        } else {
          setDraft({ text: raw, committed: value });
        }
      }}
      onBlur={(event) => {
        setDraft(null);
        onBlur?.(event);
      }}
      slotProps={{
        htmlInput: { min, max, step, inputMode: 'decimal', readOnly, ...inputProps },
        input: suffix
          ? { endAdornment: <InputAdornment position="end">{suffix}</InputAdornment> }
          : undefined,
      }}
    />
  );
}
