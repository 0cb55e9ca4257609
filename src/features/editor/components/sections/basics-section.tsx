import { DescriptionField } from '../basics/description-field';
import { HoldoutField } from '../basics/holdout-field';
import { NameField } from '../basics/name-field';
import { TypeField } from '../basics/type-field';
import { FlagKeyField } from '../flag/flag-key-field';
import { FormSection } from '../form-section';

export function BasicsSection() {
  return (
    <FormSection
      anchor="basics"
      title="Basics"
      description="What the experiment is, and the flag your code checks."
    >
      <NameField />
      <DescriptionField />
      <FlagKeyField />
      <TypeField />
      <HoldoutField />
    </FormSection>
  );
}
