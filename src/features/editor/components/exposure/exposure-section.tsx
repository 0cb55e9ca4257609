import Stack from '@mui/material/Stack';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import type { EditorValues } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';
import { EventPicker } from '../fields/event-picker';
import { RadioField, type RadioOption } from '../fields/radio-field';
import { SwitchField } from '../fields/switch-field';
import { FormSection } from '../form-section';
import { ExposurePropertiesField } from './exposure-properties-field';

const EXPOSURE_OPTIONS: RadioOption[] = [
  { value: 'default', label: 'Default: the feature flag was checked ($feature_flag_called)' },
  {
    value: 'custom',
    label: 'A custom event or action, e.g. the page with the change was viewed',
  },
];

const MULTIPLE_VARIANT_OPTIONS: RadioOption[] = [
  { value: 'exclude', label: 'Leave them out of the results (recommended)' },
  { value: 'first_seen', label: 'Count them in the first variant they saw' },
];

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
  return (
    <FormSection title="Exposure" description="Who counts as having seen the experiment.">
      <SwitchField
        name="filterTestAccounts"
        label="Filter out internal and test accounts"
        hint="Uses the project’s test-account filters."
      />
      <RadioField
        control={control}
        name="customExposure"
        label="What counts as exposure"
        options={EXPOSURE_OPTIONS}
        disabled={readOnly}
        toRadio={(custom) => (custom ? 'custom' : 'default')}
        fromRadio={(radio) => radio === 'custom'}
      />
      <CustomExposure />
      <RadioField
        control={control}
        name="multipleVariantHandling"
        label="Users seen in more than one variant"
        options={MULTIPLE_VARIANT_OPTIONS}
        disabled={readOnly}
      />
    </FormSection>
  );
}
