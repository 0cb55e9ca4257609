import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useId, type Ref } from 'react';
import type { FlagVariant } from '@/shared';

interface VariantPickerProps {
  label: string;
  variants: FlagVariant[];
  value: string;
  onChange: (key: string) => void;
  error?: string;
  inputRef?: Ref<HTMLDivElement>;
}

/** Choose one of the flag's variants (the server ships only keys the flag has). */
export function VariantPicker({
  label,
  variants,
  value,
  onChange,
  error,
  inputRef,
}: VariantPickerProps) {
  const labelId = useId();
  const errorId = useId();
  return (
    <FormControl component="fieldset" error={!!error} required>
      <FormLabel id={labelId} component="legend">
        {label}
      </FormLabel>
      <RadioGroup
        ref={inputRef}
        aria-labelledby={labelId}
        aria-describedby={error ? errorId : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {variants.map((variant) => (
          <FormControlLabel
            key={variant.key}
            value={variant.key}
            control={<Radio />}
            label={
              <>
                <code>{variant.key}</code>
                {variant.name && variant.name !== variant.key ? ` — ${variant.name}` : ''}
              </>
            }
          />
        ))}
      </RadioGroup>
      {error && <FormHelperText id={errorId}>{error}</FormHelperText>}
    </FormControl>
  );
}
