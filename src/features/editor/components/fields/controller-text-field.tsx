import TextField from '@mui/material/TextField';
import {
  memo,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type Ref,
} from 'react';

/** What this needs of a Controller's `field`, whose value is a string. */
interface StringField {
  value: unknown;
  name: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur: () => void;
  ref: (element: HTMLInputElement | null) => void;
}

interface ControllerTextFieldProps {
  field: StringField;
  label: string;
  /** Shown under the field unless there is an error. */
  helperText: string;
  /** The field's error message, if any. */
  error?: string;
  required?: boolean;
  maxLength?: number;
  readOnly?: boolean;
}

/**
 * A one-line MUI TextField for a react-hook-form Controller that does not re-render while someone types.
 *
 * MUI's TextField is a dozen styled components. Re-rendering them on every key cost about 3 ms of a 13 ms
 * keystroke on an experiment with twenty variants and twenty metrics (`npm run bench`, Editor). So React
 * leaves the text to the <input> (MUI sees it uncontrolled), and react-hook-form still owns the value: a
 * value set from outside (a reset after saving, a restored draft, the other person's version in a conflict)
 * is written into the input before the browser paints. The label's position, which MUI would work out from
 * the text it last saw, is given from the form's value and the focus.
 */
export function ControllerTextField({ field, ...rest }: ControllerTextFieldProps) {
  const { value, onChange, onBlur, name, ref } = field;
  const text = typeof value === 'string' ? value : '';
  // Only seeds the input when it mounts; after that the input holds the text.
  const [initialText] = useState(text);
  const input = useRef<HTMLInputElement | null>(null);
  const [focused, setFocused] = useState(false);
  const inputRef = useCallback(
    (element: HTMLInputElement | null) => {
      input.current = element;
      ref(element);
    },
    [ref],
  );
  const handleBlur = useCallback(() => {
    setFocused(false);
    onBlur();
  }, [onBlur]);
  const handleFocus = useCallback(() => setFocused(true), []);
  useLayoutEffect(() => {
    if (input.current && input.current.value !== text) input.current.value = text;
  }, [text]);
  return (
    <StillTextField
      {...rest}
      name={name}
      initialText={initialText}
      inputRef={inputRef}
      onChange={onChange}
      onBlur={handleBlur}
      onFocus={handleFocus}
      shrink={focused || text !== ''}
    />
  );
}

interface StillTextFieldProps extends Omit<ControllerTextFieldProps, 'field'> {
  name: string;
  initialText: string;
  inputRef: Ref<HTMLInputElement>;
  onChange: StringField['onChange'];
  onBlur: () => void;
  onFocus: () => void;
  shrink: boolean;
}

/** Re-renders only when a prop other than the text changes: the label moving, an error, read-only. */
const StillTextField = memo(function StillTextField({
  label,
  helperText,
  error,
  required,
  maxLength,
  readOnly,
  name,
  initialText,
  inputRef,
  onChange,
  onBlur,
  onFocus,
  shrink,
}: StillTextFieldProps) {
  return (
    <TextField
      name={name}
      label={label}
      required={required}
      defaultValue={initialText}
      inputRef={inputRef}
      onChange={onChange}
      onBlur={onBlur}
      onFocus={onFocus}
      error={Boolean(error)}
      helperText={error ?? helperText}
      slotProps={{ htmlInput: { maxLength, readOnly }, inputLabel: { shrink } }}
      fullWidth
    />
  );
});
