import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { emptySource, type MetricFormValues } from '../../metric-form/metric-form-values';
import { SourceFields } from './source-fields';
import { bindInput } from '../fields/bind-input';

const ORDER_LABELS = {
  ordered: 'Sequential: steps in this order, other events allowed between them',
  strict: 'Strict: steps in this order with nothing in between',
  unordered: 'Any order: every step, in whatever order',
} as const;

/** Funnel steps after exposure: added, removed and moved with buttons (keyboard friendly). */
export function FunnelStepsField() {
  const { control, formState } = useFormContext<MetricFormValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'steps' });
  const rootError = formState.errors.steps?.root?.message;
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        Step 0 is exposure to the experiment; PostHog adds it for you.
      </Typography>
      {fields.map((field, index) => (
        <Box
          key={field.id}
          role="group"
          aria-label={`Step ${index + 1}`}
          sx={{ display: 'flex', gap: 1 }}
        >
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <SourceFields path={`steps.${index}`} label={`Step ${index + 1}`} withMath={false} />
          </Box>
          <Stack direction="row" sx={{ alignItems: 'flex-start', pt: 1 }}>
            <IconButton
              aria-label={`Move step ${index + 1} up`}
              disabled={index === 0}
              onClick={() => move(index, index - 1)}
            >
              <ArrowUpward fontSize="small" />
            </IconButton>
            <IconButton
              aria-label={`Move step ${index + 1} down`}
              disabled={index === fields.length - 1}
              onClick={() => move(index, index + 1)}
            >
              <ArrowDownward fontSize="small" />
            </IconButton>
            <IconButton
              aria-label={`Remove step ${index + 1}`}
              disabled={fields.length === 1}
              onClick={() => remove(index)}
            >
              <DeleteOutline fontSize="small" />
            </IconButton>
          </Stack>
        </Box>
      ))}
      {rootError && (
        <Typography variant="body2" color="error">
          {rootError}
        </Typography>
      )}
      <Box>
        <Button startIcon={<Add />} onClick={() => append(emptySource())}>
          Add step
        </Button>
      </Box>
      <Controller
        control={control}
        name="funnelOrderType"
        render={({ field }) => (
          <TextField {...bindInput(field)} select label="Step order" fullWidth>
            {Object.entries(ORDER_LABELS).map(([value, label]) => (
              <MenuItem key={value} value={value}>
                {label}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
    </Stack>
  );
}
