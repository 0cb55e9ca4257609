import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import {
  memo,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
} from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Link as RouterLink } from '@/lib/navigation/router';
import { useNavigate } from '@/lib/navigation/router-hooks';
import {
  canEdit,
  experimentStatus,
  usesLegacyMetrics,
  VIEWER_ONLY_REASON,
  type Experiment,
} from '@/shared';
import { NoticeContext } from '@/lib/notice/notice-context';
import { paths } from '@/lib/paths';
import { DraftRestoreBanner } from '../draft/draft-restore-banner';
import { useDraftAutosave } from '../draft/use-draft-autosave';
import { useDraftOffer } from '../draft/use-draft-offer';
import { editorSchema } from '../form/editor-schema';
import { emptyEditorValues, type EditorValues } from '../form/editor-values';
import { experimentToForm } from '../form/experiment-to-form';
import { useEditorSave } from '../save/use-editor-save';
import { EditorModeContext, EditorSubmitContext, type EditorMode } from './editor-context';
import { EditorDialogs } from './editor-dialogs';
import { EditorHeader } from './editor-header';
import { ExposureSection } from './exposure/exposure-section';
import { FactsPanel } from './facts-panel';
import { ForbiddenAlert, FormErrorAlert, UnknownEventsAlert } from './form-alerts';
import { LeaveGuard } from './leave-guard';
import { SaveBar } from './save-bar';
import { BasicsSection } from './sections/basics-section';
import { MetricsSection } from './sections/metrics-section';
import { ScheduleSection } from './sections/schedule-section';
import { StatisticsSection } from './sections/statistics-section';
import { VariantsSection } from './sections/variants-section';
import { useScrollToSection } from './use-scroll-to-section';

function modeOf(base: Experiment | undefined): EditorMode {
  const status = base ? experimentStatus(base) : null;
  return {
    kind: base ? 'edit' : 'create',
    readOnly: Boolean(base && !canEdit(base)),
    launched: status !== null && status !== 'draft',
    status,
    base,
  };
}

/**
 * The sections never re-render with the page: each input subscribes to its own value, so typing in one
 * field of a form with twenty variants and twenty metrics repaints that field alone.
 */
const EditorSections = memo(function EditorSections() {
  useScrollToSection();
  return (
    <Stack spacing={3} sx={{ minWidth: 0 }}>
      <BasicsSection />
      <VariantsSection />
      <MetricsSection />
      <ExposureSection />
      <StatisticsSection />
      <ScheduleSection />
    </Stack>
  );
});

interface ExperimentEditorProps {
  /** The experiment to edit, freshly loaded; undefined to create one. */
  experiment?: Experiment;
}

export function ExperimentEditor({ experiment }: ExperimentEditorProps) {
  const [base, setBase] = useState(experiment);
  const mode = useMemo(() => modeOf(base), [base]);
  const form = useForm<EditorValues>({
    defaultValues: experiment ? experimentToForm(experiment) : emptyEditorValues(),
    resolver: zodResolver(editorSchema),
    mode: 'onTouched',
  });
  const navigate = useNavigate();
  // The app-wide notice, when mounted: it outlives this page, so it can confirm on the next one.
  const notify = useContext(NoticeContext);
  const allowLeave = useRef(false);
  const draftId = experiment?.id ?? 'new';
  const offer = useDraftOffer(draftId, experiment, form, setBase);
  const saving = useEditorSave({
    form,
    base,
    setBase,
    // The experiment page is where a new draft goes next: Launch and its checklist are there.
    onCreated: (saved) => {
      allowLeave.current = true;
      void navigate(paths.experiment.getHref(saved.id), { replace: true });
      notify?.({ severity: 'success', message: 'Experiment created. Launch it when it is ready.' });
    },
  });
  useDraftAutosave(form, draftId, base, !mode.readOnly);
  // One stable handler for every section's form, so a save-state change does not re-render the sections.
  const submitRef = useRef(() => {});
  useEffect(() => {
    submitRef.current = () => {
      if (!mode.readOnly) saving.save();
    };
  });
  const submit = useCallback((event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submitRef.current();
  }, []);
  const saveFormId = useId();

  const cancel = (
    <Button
      component={RouterLink}
      to={base ? paths.experiment.getHref(base.id) : paths.experiments.getHref()}
    >
      {base ? 'Back to experiment' : 'Cancel'}
    </Button>
  );
  return (
    <EditorModeContext.Provider value={mode}>
      <EditorSubmitContext.Provider value={submit}>
        <FormProvider {...form}>
          <Stack spacing={3}>
            <EditorHeader experiment={base} />
            {mode.readOnly && (
              <Alert severity="info">{VIEWER_ONLY_REASON} This form is read-only.</Alert>
            )}
            {base && !mode.readOnly && usesLegacyMetrics(base) && (
              <Alert severity="warning">
                This experiment uses PostHog’s legacy metrics: PostHog only accepts changes to its
                name, description and end date.
              </Alert>
            )}
            {offer.draft && !mode.readOnly && (
              <DraftRestoreBanner
                draft={offer.draft}
                current={experiment}
                onRestore={offer.restore}
                onDiscard={offer.discard}
              />
            )}
            {saving.forbidden && <ForbiddenAlert detail={saving.forbidden} />}
            <FormErrorAlert />
            {saving.unknownEvents && (
              <UnknownEventsAlert
                events={saving.unknownEvents}
                onSaveAnyway={() => saving.save(true)}
                onDismiss={saving.dismissUnknownEvents}
              />
            )}
            {/* Still one form to assistive technology; the <form> elements are per section. */}
            <Box role="form" aria-label={base ? `Edit ${base.name}` : 'New experiment'}>
              <Box
                sx={{
                  display: 'grid',
                  gridTemplateColumns: { md: base ? 'minmax(0, 1fr) 20rem' : '1fr' },
                  gap: 3,
                  alignItems: 'start',
                }}
              >
                <EditorSections />
                {/* The facts stick below the top bar; on a phone they come first. */}
                {base && (
                  <Box sx={{ position: { md: 'sticky' }, top: 80, order: { xs: -1, md: 0 } }}>
                    <FactsPanel experiment={base} />
                  </Box>
                )}
              </Box>
              {!mode.readOnly && (
                <SaveBar phase={saving.phase} cancel={cancel} formId={saveFormId} />
              )}
            </Box>
            {/* The save bar's button submits this one: the bar stays sticky inside the page's column. */}
            <form id={saveFormId} noValidate onSubmit={submit} hidden />
          </Stack>
          {!mode.readOnly && <LeaveGuard allowLeave={allowLeave} />}
          <EditorDialogs saving={saving} experimentId={base?.id} />
        </FormProvider>
      </EditorSubmitContext.Provider>
    </EditorModeContext.Provider>
  );
}
