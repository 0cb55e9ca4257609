import { FormSection } from '../form-section';
import { RolloutFields } from '../split/rollout-fields';
import { SplitEditor } from '../split/split-editor';
import { TrafficBar } from '../split/traffic-bar';

export function VariantsSection() {
  return (
    <FormSection
      anchor="variants"
      title="Variants and split"
      description="Each variant’s share of the users who enter the experiment. Control is the baseline."
    >
      <SplitEditor />
      <RolloutFields />
      <TrafficBar />
    </FormSection>
  );
}
