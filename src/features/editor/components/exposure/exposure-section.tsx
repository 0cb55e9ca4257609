import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import { Controller, useController, useFormContext, useWatch } from 'react-hook-form';
import type { EditorValues } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';
import { EventPicker } from '../fields/event-picker';
import { SwitchField } from '../fields/switch-field';
import { FormSection } from '../form-section';
import { ExposurePropertiesField } from './exposure-properties-field';

function CustomExposureFields() {
  const { control } = useFormContext<EditorValues>();
  const { readOnly } = useEditorMode();
  const event = useController({ control, name: 'exposureEvent' });
  const action = useController({ control, name: 'exposureAction' });
  return (
    <Stack spacing={1.5} sx={{ pl: { sm: 4 } }}>
      <EventPicker
        label="Exposure event or action"
        value={event.field.value}
        onChange={event.field.onChange}
        onBlur={event.field.onBlur}
        inputRef={event.field.ref}
        readOnly={readOnly}
        error={event.fieldState.error?.message}
        actions={{ value: action.field.value, onChange: action.field.onChange }}
      />
      <ExposurePropertiesField />
    </Stack>
  );
}

/** Mounted only while a custom exposure is chosen: the picker's searches wait until then. */
function CustomExposure() {
  const { control } = useFormContext<EditorValues>();
  const custom = useWatch({ control, name: 'customExposure' });
  return custom ? <CustomExposureFields /> : null;
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
              What counts as exposure
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
                label="A custom event or action, e.g. the page with the change was viewed"
              />
            </RadioGroup>
          </FormControl>
        )}
      />
      <CustomExposure />
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
