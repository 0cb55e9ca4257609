import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller, useFormContext } from 'react-hook-form';
import { TIME_UNITS } from '@/shared';
import type { MetricFormValues } from '../../metric-form/metric-form-values';
import { bindInput } from '../fields/bind-input';
import { UNIT_LABELS } from './metric-labels';

const LABELS = {
  conversionWindowUnit: 'Conversion window unit',
  retentionWindowUnit: 'Retention window unit',
};

/**
 * The unit beside a window's number: seconds to months. Each window names its own unit, since a retention
 * metric shows both windows in one dialog.
 */
export function TimeUnitField({ name }: { name: keyof typeof LABELS }) {
  const { control } = useFormContext<MetricFormValues>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TextField {...bindInput(field)} select label={LABELS[name]} sx={{ flex: 1 }}>
          {TIME_UNITS.map((unit) => (
            <MenuItem key={unit} value={unit}>
              {UNIT_LABELS[unit]}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}
