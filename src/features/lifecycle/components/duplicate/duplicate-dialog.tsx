import ContentCopy from '@mui/icons-material/ContentCopy';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from '@/lib/navigation/router-hooks';
import type { Experiment } from '@/shared';
import { paths } from '@/lib/paths';
import { useDuplicateExperiment } from '@/features/experiments/api/experiment-mutations';
import { useNotify } from '@/lib/notice/notice-context';
import {
  duplicateBody,
  duplicateDefaults,
  DuplicateForm,
  type DuplicateFormInput,
  type DuplicateFormOutput,
} from '../../utils/duplicate-form';
import { ActionDialog } from '../dialogs/action-dialog';
import { FlagChoice } from './flag-choice';
import { useExistingFlag } from './use-existing-flag';

/** A new draft from this experiment, then straight to the copy. */
export function DuplicateDialog({
  experiment,
  onClose,
}: {
  experiment: Experiment;
  onClose: () => void;
}) {
  const formId = useId();
  const navigate = useNavigate();
  const notify = useNotify();
  const duplicate = useDuplicateExperiment();
  const form = useForm<DuplicateFormInput, unknown, DuplicateFormOutput>({
    resolver: zodResolver(DuplicateForm),
    defaultValues: duplicateDefaults(experiment),
  });
  const nameError = form.formState.errors.name;
  const [flagMode, flagKey] = useWatch({ control: form.control, name: ['flagMode', 'flagKey'] });
  const existingFlag = useExistingFlag(flagMode === 'new' ? flagKey : '');

  const submit = form.handleSubmit((values) =>
    duplicate.mutate(
      { id: experiment.id, body: duplicateBody(values) },
      {
        onSuccess: (copy) => {
          notify({
            severity: 'success',
            message: `Created the copy “${copy.name}”. You are now on it.`,
          });
          onClose();
          navigate(paths.experiment.getHref(copy.id));
        },
      },
    ),
  );

  return (
    <ActionDialog
      title="Duplicate experiment"
      description="The copy is a new draft with the same set-up: description, variants, metrics and exposure. It has no dates, results or conclusion."
      onClose={onClose}
      busy={duplicate.isPending}
      error={duplicate.error}
      actions={
        <Button
          type="submit"
          form={formId}
          variant="contained"
          startIcon={<ContentCopy />}
          loading={duplicate.isPending}
        >
          {existingFlag ? 'Duplicate on the shared flag' : 'Duplicate'}
        </Button>
      }
    >
      <FormProvider {...form}>
        <form id={formId} onSubmit={(event) => void submit(event)} noValidate>
          <TextField
            {...form.register('name')}
            label="Name of the copy"
            required
            fullWidth
            error={!!nameError}
            helperText={nameError?.message}
            sx={{ mb: 2 }}
          />
          <FlagChoice currentKey={experiment.feature_flag_key} existingFlag={existingFlag} />
        </form>
      </FormProvider>
    </ActionDialog>
  );
}
