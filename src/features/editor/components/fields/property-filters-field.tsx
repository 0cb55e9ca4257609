import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { PROPERTY_OPERATOR_LABELS, VALUELESS_OPERATORS } from '@/shared';
import { bindInput } from './bind-input';

// The operators a person picks from; one PostHog sent that is not here still shows, as itself.
const OFFERED = [
  'exact',
  'is_not',
  'icontains',
  'not_icontains',
  'regex',
  'gt',
  'lt',
  'is_set',
  'is_not_set',
];

interface PropertyFiltersFieldProps {
  /** Where the rows live in the surrounding form: a list of {key, operator, value}. */
  name: string;
  /** Names each input: "Filter 1 property", "Measure: filter 1 property". */
  labelPrefix?: string;
  readOnly?: boolean;
  addLabel?: string;
  /** Said above the rows when there are any, e.g. "Only events where". */
  heading?: string;
}

interface RowProps {
  name: string;
  index: number;
  label: string;
  readOnly: boolean;
}

function ValueInput({ name, index, label, readOnly }: RowProps) {
  const { control } = useFormContext();
  const operator = useWatch({ control, name: `${name}.${index}.operator` }) as string;
  if (VALUELESS_OPERATORS.has(operator)) return <Box />;
  return (
    <Controller
      control={control}
      name={`${name}.${index}.value`}
      render={({ field }) => (
        <TextField
          {...bindInput(field)}
          size="small"
          placeholder="Value"
          slotProps={{ htmlInput: { 'aria-label': `${label} value`, spellCheck: false, readOnly } }}
        />
      )}
    />
  );
}

function OperatorInput({ name, index, label, readOnly }: RowProps) {
  const { control } = useFormContext();
  return (
    <Controller
      control={control}
      name={`${name}.${index}.operator`}
      render={({ field }) => {
        const operators = OFFERED.includes(field.value as string)
          ? OFFERED
          : [...OFFERED, field.value as string];
        return (
          <TextField
            {...bindInput(field)}
            select
            size="small"
            slotProps={{ input: { readOnly }, htmlInput: { 'aria-label': `${label} operator` } }}
          >
            {operators.map((value) => (
              <MenuItem key={value} value={value}>
                {PROPERTY_OPERATOR_LABELS[value] ?? value}
              </MenuItem>
            ))}
          </TextField>
        );
      }}
    />
  );
}

/** Property filters as rows: "`$current_url` contains `/home`", each row editable and removable. */
export function PropertyFiltersField({
  name,
  labelPrefix = '',
  readOnly = false,
  addLabel = 'Add property filter',
  heading,
}: PropertyFiltersFieldProps) {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  return (
    <Stack spacing={1}>
      {heading && fields.length > 0 && (
        <Typography variant="body2" color="text.secondary">
          {heading}
        </Typography>
      )}
      {fields.map((field, index) => {
        const label = `${labelPrefix}${labelPrefix ? 'filter' : 'Filter'} ${index + 1}`;
        const removeLabel = `Remove ${labelPrefix}filter ${index + 1}`;
        const row = { name, index, label, readOnly };
        return (
          <Box
            key={field.id}
            role="group"
            aria-label={label}
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', sm: '1fr 11rem 1fr 2.5rem' },
              gap: 1,
            }}
          >
            <Controller
              control={control}
              name={`${name}.${index}.key`}
              render={({ field: input, fieldState }) => (
                <TextField
                  {...bindInput(input)}
                  size="small"
                  placeholder="Property, e.g. $current_url"
                  error={Boolean(fieldState.error)}
                  helperText={fieldState.error?.message}
                  slotProps={{
                    htmlInput: { 'aria-label': `${label} property`, spellCheck: false, readOnly },
                  }}
                />
              )}
            />
            <OperatorInput {...row} />
            <ValueInput {...row} />
            {!readOnly && (
              <IconButton aria-label={removeLabel} onClick={() => remove(index)}>
                <DeleteOutline />
              </IconButton>
            )}
          </Box>
        );
      })}
      {!readOnly && (
        <Box>
          <Button
            size="small"
            startIcon={<Add />}
            onClick={() => append({ key: '', operator: 'exact', value: '' })}
          >
            {addLabel}
          </Button>
        </Box>
      )}
    </Stack>
  );
}
