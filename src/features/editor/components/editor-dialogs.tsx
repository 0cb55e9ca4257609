import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { Link as RouterLink } from '@/lib/navigation/router';
import { paths } from '@/lib/paths';
import type { FieldNames } from '../conflict/describe-field';
import { useHoldouts } from '../api/get-holdouts';
import { useSavedMetrics } from '../api/get-saved-metrics';
import type { useEditorSave } from '../save/use-editor-save';
import {
  LazyConflictDialog as ConflictDialog,
  LazyFlagSyncDialog as FlagSyncDialog,
  LazyLiveFlagDialog as LiveFlagDialog,
} from './lazy-parts';

/** Names for ids in the conflict dialog, from the lists the form already loaded. */
function useFieldNames(): FieldNames {
  const holdouts = useHoldouts();
  const savedMetrics = useSavedMetrics();
  return {
    holdout: (id) => holdouts.data?.find((h) => h.id === id)?.name ?? `Holdout #${id}`,
    savedMetric: (id) =>
      savedMetrics.data?.find((m) => m.id === id)?.name ?? `Shared metric #${id}`,
  };
}

interface EditorDialogsProps {
  saving: ReturnType<typeof useEditorSave>;
  /** The saved experiment, for a link to its page from the confirmation. */
  experimentId: number | undefined;
}

/** The questions the save flow asks, and its confirmations. */
export function EditorDialogs(props: EditorDialogsProps) {
  const { saving, experimentId } = props;
  const names = useFieldNames();
  const { conflict, flagSync, liveFlag } = saving;
  const notice = saving.notice;
  return (
    <>
      {conflict.question && conflict.answer && (
        <ConflictDialog question={conflict.question} names={names} onAnswer={conflict.answer} />
      )}
      {flagSync.question && flagSync.answer && <FlagSyncDialog onAnswer={flagSync.answer} />}
      {liveFlag.question && liveFlag.answer && (
        <LiveFlagDialog question={liveFlag.question} onAnswer={liveFlag.answer} />
      )}
      <Snackbar
        open={notice !== null}
        autoHideDuration={5000}
        message={notice}
        // Above the sticky save bar, which holds the page's main action.
        sx={{ bottom: { xs: 88, sm: 96 } }}
        action={
          experimentId !== undefined && (
            <Button
              color="inherit"
              size="small"
              component={RouterLink}
              to={paths.experiment.getHref(experimentId)}
            >
              Open experiment page
            </Button>
          )
        }
        onClose={(_event, reason) => {
          if (reason === 'clickaway') return;
          saving.clearNotice();
        }}
      />
    </>
  );
}
