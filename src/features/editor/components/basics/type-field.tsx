import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import type { ExperimentType } from '@/shared';
import type { EditorValues } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';

const TYPES: Record<ExperimentType, { label: string; description: string }> = {
  product: {
    label: 'Product',
    description: 'Your code reads the feature flag: backend, API or in-app changes.',
  },
  web: {
    label: 'Web',
    description: 'No-code changes to your site’s pages, made with PostHog’s toolbar.',
  },
};

/** Product or web experiment. PostHog fixes the type at creation, so editing shows it read-only. */
export function TypeField() {
  const { control } = useFormContext<EditorValues>();
  const { readOnly, kind } = useEditorMode();
  const labelId = useId();
  const locked = readOnly || kind === 'edit';
  return (
    <Controller
      control={control}
      name="type"
      render={({ field }) => (
        // Locked, not hidden: labels and hints keep full contrast (disabled={false}) so they stay readable.
        <FormControl disabled={locked}>
          <FormLabel disabled={false} id={labelId}>
            Type
          </FormLabel>
          <RadioGroup {...field} aria-labelledby={labelId} row>
            {(Object.keys(TYPES) as ExperimentType[]).map((type) => (
              <FormControlLabel
                key={type}
                value={type}
                control={<Radio />}
                sx={{ alignItems: 'flex-start', maxWidth: 320, mr: 3, mt: 1 }}
                label={
                  <>
                    <Typography component="span" sx={{ display: 'block' }}>
                      {TYPES[type].label}
                    </Typography>
                    <Typography component="span" variant="body2" color="text.secondary">
                      {TYPES[type].description}
                    </Typography>
                  </>
                }
              />
            ))}
          </RadioGroup>
          {kind === 'edit' && (
            <FormHelperText disabled={false}>
              PostHog sets the type when the experiment is created.
            </FormHelperText>
          )}
        </FormControl>
      )}
    />
  );
}
