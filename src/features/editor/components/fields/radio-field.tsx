import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useId } from 'react';
import {
  Controller,
  type Control,
  type FieldPath,
  type FieldPathValue,
  type FieldValues,
} from 'react-hook-form';

export interface RadioOption {
  value: string;
  label: string;
}

interface RadioFieldProps<T extends FieldValues, N extends FieldPath<T>> {
  control: Control<T>;
  name: N;
  /** The group's accessible name, shown above the choices. */
  label: string;
  options: readonly RadioOption[];
  row?: boolean;
  /** A viewer's form: the choices are disabled, the group label stays readable. */
  disabled?: boolean;
  /** For a value that is not the radio's string (e.g. a boolean): form value → radio value and back. */
  toRadio?: (value: FieldPathValue<T, N>) => string;
  fromRadio?: (radio: string) => FieldPathValue<T, N>;
}

/** One choice out of a few, each spelled out, as a labelled radio group bound to a form field. */
export function RadioField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  options,
  row,
  disabled,
  toRadio,
  fromRadio,
}: RadioFieldProps<T, N>) {
  const labelId = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormControl disabled={disabled}>
          {/* The group label opts out of the disabled grey (disabled={false}): a viewer must still read it. */}
          <FormLabel disabled={false} id={labelId}>
            {label}
          </FormLabel>
          <RadioGroup
            aria-labelledby={labelId}
            row={row}
            name={field.name}
            ref={field.ref}
            value={toRadio ? toRadio(field.value) : field.value}
            onChange={(_event, value) => field.onChange(fromRadio ? fromRadio(value) : value)}
            onBlur={field.onBlur}
          >
            {options.map((option) => (
              <FormControlLabel
                key={option.value}
                value={option.value}
                control={<Radio />}
                label={option.label}
              />
            ))}
          </RadioGroup>
        </FormControl>
      )}
    />
  );
}
