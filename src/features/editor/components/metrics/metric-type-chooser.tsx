import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { METRIC_TYPES, type MetricType } from '@/shared';
import { emptySource, type MetricFormValues } from '../../metric-form/metric-form-values';
import { leadSource } from '../../metric-form/metric-to-form';
import { METRIC_TYPE_LABELS } from './metric-labels';

const LEAD_SOURCE_FIELD = {
  mean: 'source',
  funnel: 'steps.0',
  ratio: 'numerator',
  retention: 'startEvent',
} as const satisfies Record<MetricType, string>;

/** The four metric types, each with one sentence on what it measures. */
export function MetricTypeChooser() {
  const { control, getValues, setValue } = useFormContext<MetricFormValues>();
  const labelId = useId();
  return (
    <Controller
      control={control}
      name="metricType"
      render={({ field }) => (
        <FormControl>
          <FormLabel id={labelId}>Type of metric</FormLabel>
          <RadioGroup
            aria-labelledby={labelId}
            name={field.name}
            value={field.value}
            onChange={(event) => {
              const next = event.target.value as MetricType;
              // The event or action already chosen carries over, so switching type never means
              // starting again.
              const values = getValues();
              const lead = leadSource(values);
              if (lead && !leadSource(values, next)) {
                if (next === 'funnel' && values.steps.length === 0)
                  setValue('steps', [{ ...emptySource(), ...lead }]);
                else {
                  setValue(`${LEAD_SOURCE_FIELD[next]}.event`, lead.event);
                  setValue(`${LEAD_SOURCE_FIELD[next]}.action`, lead.action);
                }
              }
              field.onChange(next);
            }}
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' },
              gap: 1,
              mt: 1,
            }}
          >
            {METRIC_TYPES.map((type) => (
              <FormControlLabel
                key={type}
                value={type}
                control={<Radio />}
                sx={{ alignItems: 'flex-start', m: 0, '& .MuiRadio-root': { pt: 0.5 } }}
                label={
                  <>
                    <Typography component="span" sx={{ display: 'block', fontWeight: 600 }}>
                      {METRIC_TYPE_LABELS[type].label}
                    </Typography>
                    <Typography component="span" variant="body2" color="text.secondary">
                      {METRIC_TYPE_LABELS[type].description}
                    </Typography>
                  </>
                }
              />
            ))}
          </RadioGroup>
        </FormControl>
      )}
    />
  );
}
