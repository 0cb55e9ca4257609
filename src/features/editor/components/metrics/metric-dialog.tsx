import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { FormProvider, useForm, useFormState, useWatch } from 'react-hook-form';
import { describeMetric } from '@/shared';
import type { MetricValue, SavedMetricKind } from '../../form/editor-values';
import { formToMetric } from '../../metric-form/form-to-metric';
import { metricFormSchema } from '../../metric-form/metric-form-schema';
import type { MetricFormValues } from '../../metric-form/metric-form-values';
import { metricToForm } from '../../metric-form/metric-to-form';
import { InlineCodeText } from '../inline-code-text';
import { FunnelStepsField } from './funnel-steps-field';
import { MetricCommonFields } from './metric-common-fields';
import { MetricTypeChooser } from './metric-type-chooser';
import { RetentionFields } from './retention-fields';
import { SourceFields } from './source-fields';

interface MetricDialogProps {
  kind: SavedMetricKind;
  /** The metric being edited, or null to add one. */
  metric: MetricValue | null;
  onSave: (metric: MetricValue) => void;
  onClose: () => void;
}

function TypeFields() {
  const type = useWatch<MetricFormValues, 'metricType'>({ name: 'metricType' });
  if (type === 'funnel') return <FunnelStepsField />;
  if (type === 'retention') return <RetentionFields />;
  if (type === 'ratio') {
    return (
      <Stack spacing={2.5}>
        <SourceFields path="numerator" label="Numerator" withMath />
        <SourceFields path="denominator" label="Denominator" withMath />
      </Stack>
    );
  }
  return <SourceFields path="source" label="Measure" withMath />;
}

/** The metric as it will read in the list, updated as the person types. */
function MetricPreview({ original }: { original: MetricValue | null }) {
  const values = useWatch<MetricFormValues>() as MetricFormValues;
  return (
    <Box sx={{ p: 1.5, borderRadius: 1, bgcolor: 'action.hover' }}>
      <Typography variant="body2" color="text.secondary">
        Reads as
      </Typography>
      <Typography>
        <InlineCodeText text={describeMetric(formToMetric(values, original))} />
      </Typography>
    </Box>
  );
}

/** Adds or edits one metric: type, events, math, goal, window, name. Its own form, saved as a whole. */
export function MetricDialog({ kind, metric, onSave, onClose }: MetricDialogProps) {
  const form = useForm<MetricFormValues>({
    defaultValues: metricToForm(metric),
    resolver: zodResolver(metricFormSchema),
    mode: 'onTouched',
  });
  // Read during render: a formState value first read inside a handler is not kept up to date.
  const { isDirty } = useFormState({ control: form.control });
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const titleId = useId();
  const submit = form.handleSubmit((values) => onSave(formToMetric(values, metric)));
  // Escape or a click outside must not throw away a half-built metric.
  const requestClose = () => (isDirty ? setConfirmDiscard(true) : onClose());
  return (
    <Dialog
      open
      onClose={requestClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="md"
      scroll="paper"
    >
      <FormProvider {...form}>
        <Box
          component="form"
          noValidate
          sx={{ display: 'contents' }}
          onSubmit={(event) => {
            // The dialog is portalled, but React still bubbles its submit to the editor's own form.
            event.stopPropagation();
            void submit(event);
          }}
        >
          <DialogTitle id={titleId}>{metric ? 'Edit metric' : `Add a ${kind} metric`}</DialogTitle>
          <DialogContent dividers>
            <Stack spacing={3}>
              <MetricTypeChooser />
              <TypeFields />
              <MetricCommonFields />
              <MetricPreview original={metric} />
            </Stack>
          </DialogContent>
          {confirmDiscard && (
            <Alert
              severity="warning"
              sx={{ borderRadius: 0 }}
              action={
                <Stack direction="row" spacing={1}>
                  <Button color="inherit" size="small" onClick={() => setConfirmDiscard(false)}>
                    Keep editing
                  </Button>
                  <Button color="inherit" size="small" onClick={onClose}>
                    Discard
                  </Button>
                </Stack>
              }
            >
              Discard the changes to this metric?
            </Alert>
          )}
          <DialogActions>
            <Button onClick={requestClose}>Cancel</Button>
            <Button type="submit" variant="contained">
              {metric ? 'Save metric' : 'Add metric'}
            </Button>
          </DialogActions>
        </Box>
      </FormProvider>
    </Dialog>
  );
}
