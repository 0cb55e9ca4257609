import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { EditorValues } from '../../form/editor-values';
import { VALUELESS_OPERATORS } from '../../form/property-value';
import { useEditorMode } from '../editor-context';
import { bindInput } from '../fields/bind-input';

const OPERATORS: Record<string, string> = {
  exact: 'equals',
  is_not: 'does not equal',
  icontains: 'contains',
  not_icontains: 'does not contain',
  regex: 'matches regex',
  gt: 'greater than',
  lt: 'less than',
  is_set: 'is set',
  is_not_set: 'is not set',
};

function ValueInput({ index }: { index: number }) {
  const { control } = useFormContext<EditorValues>();
  const { readOnly } = useEditorMode();
  const operator = useWatch({ control, name: `exposureProperties.${index}.operator` });
  if (VALUELESS_OPERATORS.has(operator)) return <Box />;
  return (
    <Controller
      control={control}
      name={`exposureProperties.${index}.value`}
      render={({ field }) => (
        <TextField
          {...bindInput(field)}
          size="small"
          placeholder="Value"
          slotProps={{ htmlInput: { 'aria-label': `Filter ${index + 1} value`, readOnly } }}
        />
      )}
    />
  );
}

/** Property filters on the custom exposure event: "plan equals pro". */
export function ExposurePropertiesField() {
  const { control } = useFormContext<EditorValues>();
  const { readOnly } = useEditorMode();
  const { fields, append, remove } = useFieldArray({ control, name: 'exposureProperties' });
  return (
    <Stack spacing={1}>
      {fields.map((field, index) => (
        <Box
          key={field.id}
          role="group"
          aria-label={`Filter ${index + 1}`}
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: '1fr 11rem 1fr 2.5rem' },
            gap: 1,
          }}
        >
          <Controller
            control={control}
            name={`exposureProperties.${index}.key`}
            render={({ field: input, fieldState }) => (
              <TextField
                {...bindInput(input)}
                size="small"
                placeholder="Property"
                error={Boolean(fieldState.error)}
                helperText={fieldState.error?.message}
                slotProps={{
                  htmlInput: {
                    'aria-label': `Filter ${index + 1} property`,
                    spellCheck: false,
                    readOnly,
                  },
                }}
              />
            )}
          />
          <Controller
            control={control}
            name={`exposureProperties.${index}.operator`}
            render={({ field: input }) => (
              <TextField
                {...bindInput(input)}
                select
                size="small"
                slotProps={{
                  input: { readOnly },
                  htmlInput: { 'aria-label': `Filter ${index + 1} operator` },
                }}
              >
                {Object.entries(OPERATORS).map(([value, label]) => (
                  <MenuItem key={value} value={value}>
                    {label}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
          <ValueInput index={index} />
          {!readOnly && (
            <IconButton aria-label={`Remove filter ${index + 1}`} onClick={() => remove(index)}>
              <DeleteOutline />
            </IconButton>
          )}
        </Box>
      ))}
      {!readOnly && (
        <Box>
          <Button
            size="small"
            startIcon={<Add />}
            onClick={() => append({ key: '', operator: 'exact', value: '' })}
          >
            Add property filter
          </Button>
        </Box>
      )}
    </Stack>
  );
}
