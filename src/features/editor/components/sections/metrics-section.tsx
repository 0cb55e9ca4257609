import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { FormSection } from '../form-section';
import { MetricListEditor } from '../metrics/metric-list-editor';
import { SharedMetricsField } from '../metrics/shared-metrics-field';

function Group({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {hint}
      </Typography>
      {children}
    </Stack>
  );
}

export function MetricsSection() {
  return (
    <FormSection
      anchor="metrics"
      title="Metrics"
      description="What the experiment measures, as sentences. Order matters: the first primary metric leads the results."
    >
      <Group title="Primary metrics" hint="The outcomes that decide whether a variant wins.">
        <MetricListEditor kind="primary" />
      </Group>
      <Group title="Secondary metrics" hint="Guardrails and side effects to keep an eye on.">
        <MetricListEditor kind="secondary" />
      </Group>
      <Group
        title="Shared metrics"
        hint="Metrics your team defined once, attached here as primary or secondary."
      >
        <SharedMetricsField />
      </Group>
    </FormSection>
  );
}
