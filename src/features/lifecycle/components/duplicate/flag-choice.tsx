import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import type { FeatureFlag } from '@/shared';
import type { DuplicateFormInput } from '../../utils/duplicate-form';
import { ExistingFlagWarning } from './existing-flag-warning';

/**
 * A new flag (the usual choice), or the same flag shared by both experiments. A typed key that already
 * belongs to a flag is called out: the copy would share that flag, not get a new one.
 */
export function FlagChoice({
  currentKey,
  existingFlag,
}: {
  currentKey: string;
  existingFlag: FeatureFlag | null;
}) {
  const { control, register, formState } = useFormContext<DuplicateFormInput>();
  const mode = useController({ control, name: 'flagMode' });
  const labelId = useId();
  const keyError = formState.errors.flagKey;
  return (
    <FormControl component="fieldset">
      <FormLabel id={labelId} component="legend">
        Feature flag
      </FormLabel>
      <RadioGroup
        aria-labelledby={labelId}
        value={mode.field.value}
        onChange={(event) => mode.field.onChange(event.target.value)}
      >
        <FormControlLabel value="new" control={<Radio />} label="Use a new feature flag" />
        {mode.field.value === 'new' && (
          <>
            <TextField
              {...register('flagKey')}
              label="New flag key"
              required
              size="small"
              error={!!keyError}
              helperText={keyError?.message ?? 'Letters, numbers, hyphens and underscores.'}
              sx={{ ml: 4, my: 1 }}
            />
            {existingFlag && (
              <Box sx={{ ml: { xs: 0, sm: 4 }, mb: 1 }} aria-live="polite">
                <ExistingFlagWarning flag={existingFlag} originalKey={currentKey} />
              </Box>
            )}
          </>
        )}
        <FormControlLabel
          value="reuse"
          control={<Radio />}
          label={
            <>
              Reuse the same flag (<code>{currentKey}</code>)
            </>
          }
        />
        {mode.field.value === 'reuse' && (
          <Typography variant="body2" color="text.secondary" sx={{ ml: 4 }}>
            Both experiments then share one flag: launching, pausing or shipping either one changes
            what users of the other see.
          </Typography>
        )}
      </RadioGroup>
    </FormControl>
  );
}
