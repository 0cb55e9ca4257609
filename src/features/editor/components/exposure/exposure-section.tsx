import { useFormContext, useWatch } from 'react-hook-form';
import type { EditorValues } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';
import { RadioField, type RadioOption } from '../fields/radio-field';
import { SwitchField } from '../fields/switch-field';
import { FormSection } from '../form-section';
import { LazyCustomExposureFields } from '../lazy-parts';

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

/**
 * Mounted only while a custom exposure is chosen: the picker's searches, and its code (MUI's Autocomplete and
 * Popper.js, with the editor's on-demand parts), wait until then.
 */
function CustomExposure() {
  const { control } = useFormContext<EditorValues>();
  const custom = useWatch({ control, name: 'customExposure' });
  return custom ? <LazyCustomExposureFields /> : null;
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
