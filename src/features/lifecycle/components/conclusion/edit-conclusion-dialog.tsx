import Button from '@mui/material/Button';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { Experiment } from '@/shared';
import { useUpdateExperiment } from '@/features/experiments/api/experiment-mutations';
import { useNotify } from '@/lib/notice/notice-context';
import {
  ConclusionForm,
  type ConclusionFormInput,
  type ConclusionFormOutput,
} from '@/features/experiments/utils/conclusion-fields';
import { CONCLUSION_OPTIONS } from '@/features/experiments/utils/conclusion-options';
import { conclusionPatch } from '../../utils/conclusion-patch';
import { ActionDialog } from '../dialogs/action-dialog';
import { CommentField } from '@/features/experiments/components/conclusion/comment-field';
import { ConclusionPicker } from '@/features/experiments/components/conclusion/conclusion-picker';

/** Record or revise the result of an ended experiment; a PATCH of only what changed. */
export function EditConclusionDialog({
  experiment,
  onClose,
}: {
  experiment: Experiment;
  onClose: () => void;
}) {
  const formId = useId();
  const notify = useNotify();
  const update = useUpdateExperiment();
  const recorded = experiment.conclusion && experiment.conclusion in CONCLUSION_OPTIONS;
  const form = useForm<ConclusionFormInput, unknown, ConclusionFormOutput>({
    resolver: zodResolver(ConclusionForm),
    defaultValues: {
      conclusion: recorded ? (experiment.conclusion ?? '') : '',
      comment: experiment.conclusion_comment ?? '',
    },
  });

  const submit = form.handleSubmit((values) => {
    const body = conclusionPatch(experiment, values);
    if (Object.keys(body).length === 0) return onClose();
    update.mutate(
      { id: experiment.id, body },
      {
        onSuccess: () => {
          notify({ severity: 'success', message: 'Conclusion saved.' });
          onClose();
        },
      },
    );
  });

  return (
    <ActionDialog
      title={recorded ? 'Edit conclusion' : 'Record conclusion'}
      description="What the experiment showed, for everyone who reads it later. Changing it does not touch the feature flag or the dates."
      onClose={onClose}
      unsaved={form.formState.isDirty}
      busy={update.isPending}
      error={update.error}
      actions={
        <Button type="submit" form={formId} variant="contained" loading={update.isPending}>
          Save conclusion
        </Button>
      }
    >
      <FormProvider {...form}>
        <form id={formId} onSubmit={(event) => void submit(event)} noValidate>
          <ConclusionPicker />
          <CommentField />
        </form>
      </FormProvider>
    </ActionDialog>
  );
}
