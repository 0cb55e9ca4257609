import StopCircleOutlined from '@mui/icons-material/StopCircleOutlined';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import { useId, useMemo } from 'react';
import { FormProvider, useForm, useFormState, useWatch } from 'react-hook-form';
import { endRequest, flagIsOn, flagVariants, resolveStatsConfig, type Experiment } from '@/shared';
import { useExperimentAction } from '@/features/experiments/api/experiment-mutations';
import { useGoalposts } from '../../hooks/use-goalposts';
import { useNotify } from '@/lib/notice/notice-context';
import {
  endFormResolver,
  type EndFormContext,
  type EndFormInput,
  type EndFormOutput,
} from '../../utils/conclusion-form';
import { CONCLUSION_OPTIONS } from '@/features/experiments/utils/conclusion-options';
import { CommentField } from '@/features/experiments/components/conclusion/comment-field';
import { ConclusionPicker } from '@/features/experiments/components/conclusion/conclusion-picker';
import { ActionDialog } from '../dialogs/action-dialog';
import { GoalpostsGuard } from './goalposts-guard';
import { ResultsEvidence } from './results-evidence';
import { ShipVariantFields } from './ship-variant-fields';
import { SummaryOffer } from './summary-offer';
import { useConclusionSuggestion } from './use-conclusion-suggestion';
import { usePreselectSuggestion } from './use-preselect-suggestion';

const EMPTY: EndFormInput = {
  conclusion: '',
  comment: '',
  ship: false,
  variantKey: '',
  acknowledged: false,
};

/**
 * End a running (or paused) experiment with a required conclusion, a comment, and optionally ship. It starts
 * from the primary metrics' results and the conclusion they suggest, pre-selected where the PM has not chosen
 * yet; nothing is sent until they confirm.
 */
export function EndDialog({
  experiment,
  onClose,
}: {
  experiment: Experiment;
  onClose: () => void;
}) {
  const formId = useId();
  const notify = useNotify();
  const end = useExperimentAction();
  const goalposts = useGoalposts(experiment);
  const flagActive = flagIsOn(experiment.feature_flag);
  const form = useForm<EndFormInput, EndFormContext, EndFormOutput>({
    resolver: endFormResolver,
    context: { mustAcknowledge: goalposts.changes.length > 0 },
    defaultValues: EMPTY,
  });
  const [ship, variantKey, conclusion] = useWatch({
    control: form.control,
    name: ['ship', 'variantKey', 'conclusion'],
  });
  const { dirtyFields, isDirty } = useFormState({ control: form.control });
  const variants = flagVariants(experiment.feature_flag);
  const variantKeys = useMemo(
    () => flagVariants(experiment.feature_flag).map((v) => v.key),
    [experiment.feature_flag],
  );
  const evidence = useConclusionSuggestion(experiment);
  const { suggestion } = evidence;
  usePreselectSuggestion(form, suggestion, variantKeys);
  const preselected = {
    conclusion: !!suggestion && conclusion === suggestion.conclusion && !dirtyFields.conclusion,
    variant:
      !!suggestion?.variantToShip &&
      variantKey === suggestion.variantToShip &&
      !dirtyFields.variantKey,
  };

  const submit = form.handleSubmit((values) => {
    const request = endRequest({
      conclusion: values.conclusion,
      comment: values.comment,
      shipVariantKey: values.ship ? values.variantKey : null,
    });
    end.mutate(
      { id: experiment.id, ...request },
      {
        onSuccess: () => {
          const shipped =
            request.action === 'ship_variant'
              ? ` ${request.body.variant_key} now serves 100 % of users.`
              : '';
          notify({
            severity: 'success',
            message: `Ended as ${CONCLUSION_OPTIONS[values.conclusion].label}.${shipped}`,
          });
          onClose();
        },
      },
    );
  });

  return (
    <ActionDialog
      title="End experiment"
      description={
        flagActive
          ? 'Ending sets the end date to now and stops the result from changing. The feature flag stays on, so users keep their variants until you ship one or turn the flag off.'
          : 'Ending sets the end date to now and stops the result from changing. The feature flag stays off, so everyone keeps seeing the default experience.'
      }
      onClose={onClose}
      unsaved={isDirty}
      busy={end.isPending}
      error={end.error}
      actions={
        <Button
          type="submit"
          form={formId}
          variant="contained"
          startIcon={<StopCircleOutlined />}
          loading={end.isPending}
          disabled={goalposts.loading}
        >
          {ship && variantKey ? `End and ship ${variantKey}` : 'End experiment'}
        </Button>
      }
    >
      <FormProvider {...form}>
        <form id={formId} onSubmit={(event) => void submit(event)} noValidate>
          <ResultsEvidence
            evidence={evidence}
            preselected={preselected}
            differenceType={resolveStatsConfig(experiment.stats_config).differenceType}
          />
          <Divider sx={{ my: 2 }} />
          <GoalpostsGuard
            changes={goalposts.changes}
            loading={goalposts.loading}
            error={goalposts.error}
            onRetry={goalposts.retry}
          />
          <Divider sx={{ my: 2 }} />
          <ConclusionPicker />
          <Divider sx={{ my: 2 }} />
          <Stack spacing={1.5}>
            {suggestion && <SummaryOffer summary={suggestion.summary} />}
            <CommentField />
          </Stack>
          <Divider sx={{ my: 2 }} />
          <ShipVariantFields
            variants={variants}
            suggestedVariant={suggestion?.variantToShip ?? null}
            flagKey={experiment.feature_flag_key}
            flagActive={flagActive}
          />
        </form>
      </FormProvider>
    </ActionDialog>
  );
}
