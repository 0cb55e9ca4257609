import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import type { EditorValues } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';
import { EventPicker } from '../fields/event-picker';
import { SwitchField } from '../fields/switch-field';
import { FormSection } from '../form-section';
import { ExposurePropertiesField } from './exposure-properties-field';

function CustomExposureFields() {
  const { control } = useFormContext<EditorValues>();
  const { readOnly } = useEditorMode();
  const custom = useWatch({ control, name: 'customExposure' });
  if (!custom) return null;
  return (
    <Stack spacing={1.5} sx={{ pl: { sm: 4 } }}>
      <Controller
        control={control}
        name="exposureEvent"
        render={({ field, fieldState }) => (
          <EventPicker
            label="Exposure event"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            readOnly={readOnly}
            error={fieldState.error?.message}
          />
        )}
      />
      <ExposurePropertiesField />
    </Stack>
  );
}

export function ExposureSection() {
  const { control } = useFormContext<EditorValues>();
  const { readOnly } = useEditorMode();
  const exposureId = useId();
  // Group labels and hints opt out of the disabled grey (disabled={false}): a viewer must still read them.
  const multipleId = useId();
  return (
    <FormSection title="Exposure" description="Who counts as having seen the experiment.">
      <SwitchField
        name="filterTestAccounts"
        label="Filter out internal and test accounts"
        hint="Uses the project’s test-account filters."
      />
      <Controller
        control={control}
        name="customExposure"
        render={({ field }) => (
          <FormControl disabled={readOnly}>
            <FormLabel disabled={false} id={exposureId}>
              Exposure event
            </FormLabel>
            <RadioGroup
              aria-labelledby={exposureId}
              name={field.name}
              value={field.value ? 'custom' : 'default'}
              onChange={(event) => field.onChange(event.target.value === 'custom')}
            >
              <FormControlLabel
                value="default"
                control={<Radio />}
                label="Default: the feature flag was checked ($feature_flag_called)"
              />
              <FormControlLabel
                value="custom"
                control={<Radio />}
                label="A custom event, e.g. the page with the change was viewed"
              />
            </RadioGroup>
          </FormControl>
        )}
      />
      <CustomExposureFields />
      <Controller
        control={control}
        name="multipleVariantHandling"
        render={({ field }) => (
          <FormControl disabled={readOnly}>
            <FormLabel disabled={false} id={multipleId}>
              Users seen in more than one variant
            </FormLabel>
            <RadioGroup {...field} aria-labelledby={multipleId}>
              <FormControlLabel
                value="exclude"
                control={<Radio />}
                label="Leave them out of the results (recommended)"
              />
              <FormControlLabel
                value="first_seen"
                control={<Radio />}
                label="Count them in the first variant they saw"
              />
            </RadioGroup>
          </FormControl>
        )}
      />
    </FormSection>
  );
}
