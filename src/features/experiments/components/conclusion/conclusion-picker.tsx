import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { CONCLUSIONS } from '@/shared';
import { CONCLUSION_OPTIONS } from '../../utils/conclusion-options';
import type { ConclusionFormInput } from '../../utils/conclusion-fields';
import { ConclusionToneChip } from '../conclusion-tone-chip';

/** The required choice of result, each with PostHog's one-line meaning. */
export function ConclusionPicker() {
  const { control } = useFormContext<ConclusionFormInput>();
  const {
    field: { ref, name, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name: 'conclusion' });
  const labelId = useId();
  const errorId = useId();
  return (
    <FormControl error={!!fieldState.error} component="fieldset" required>
      <FormLabel id={labelId} component="legend">
        Conclusion
      </FormLabel>
      <RadioGroup
        aria-labelledby={labelId}
        aria-describedby={fieldState.error ? errorId : undefined}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      >
        {CONCLUSIONS.map((conclusion, index) => {
          const option = CONCLUSION_OPTIONS[conclusion];
          return (
            <FormControlLabel
              key={conclusion}
              value={conclusion}
              // The first radio takes the focus when the form points at a missing choice.
              control={<Radio slotProps={{ input: { ref: index === 0 ? ref : undefined } }} />}
              sx={{ alignItems: 'flex-start', mt: 0.5, '& .MuiRadio-root': { pt: 0.25 } }}
              label={
                <Stack spacing={0.25} sx={{ pt: 0.5 }}>
                  <ConclusionToneChip option={option} />
                  <Typography variant="body2" color="text.secondary">
                    {option.description}
                  </Typography>
                </Stack>
              }
            />
          );
        })}
      </RadioGroup>
      {fieldState.error && <FormHelperText id={errorId}>{fieldState.error.message}</FormHelperText>}
    </FormControl>
  );
}
