import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import { Tooltip } from '@/lib/ui/tooltip';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import { useCallback, useState } from 'react';
import { useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';
import {
  MAX_METRICS_PER_KIND,
  type EditorValues,
  type MetricValue,
  type SavedMetricKind,
} from '../../form/editor-values';
import { newUuid } from '@/lib/new-uuid';
import { useEditorMode } from '../editor-context';
import { LazyMetricDialog as MetricDialog } from '../lazy-parts';
import { preloadEditorParts } from '../load-editor-parts';
import { MetricListItem, type MetricAction } from './metric-list-item';

const LIST_NAMES = { primary: 'primaryMetrics', secondary: 'secondaryMetrics' } as const;

function duplicateOf(metric: MetricValue): MetricValue {
  const { fingerprint: _fingerprint, ...rest } = metric;
  const name = typeof metric.name === 'string' && metric.name ? `${metric.name} (copy)` : undefined;
  return { ...rest, uuid: newUuid(), ...(name ? { name } : {}) };
}

/** One metric list (primary or secondary): each metric as a sentence; add, edit, reorder, duplicate, remove. */
export function MetricListEditor({ kind }: { kind: SavedMetricKind }) {
  const list = LIST_NAMES[kind];
  const { control, getValues, clearErrors } = useFormContext<EditorValues>();
  const { readOnly } = useEditorMode();
  const { fields, append, update, remove, move, insert } = useFieldArray({ control, name: list });
  const { errors } = useFormState({ control, name: list });
  const shared = useWatch({ control, name: 'savedMetrics' }).filter((l) => l.type === kind).length;
  const [dialog, setDialog] = useState<{ index: number | null } | null>(null);
  const [removed, setRemoved] = useState<{ metric: MetricValue; index: number } | null>(null);
  const full = fields.length + shared >= MAX_METRICS_PER_KIND;
  const addBlockedReason = full
    ? `At most ${MAX_METRICS_PER_KIND} ${kind} metrics, shared ones included.`
    : null;

  const onAction = useCallback(
    (action: MetricAction, index: number) => {
      const metric = getValues(`${list}.${index}`);
      clearErrors(list);
      if (action === 'edit') setDialog({ index });
      if (action === 'up') move(index, index - 1);
      if (action === 'down') move(index, index + 1);
      if (action === 'duplicate') insert(index + 1, duplicateOf(metric), { shouldFocus: false });
      if (action === 'remove') {
        remove(index);
        setRemoved({ metric, index });
      }
    },
    [getValues, clearErrors, list, move, insert, remove],
  );
  const listErrors = errors[list] as
    (Record<number, { message?: string }> & { root?: { message?: string } }) | undefined;
  return (
    <Stack
      spacing={1.5}
      data-field={`${list}.root`}
      // The metric builder's code starts loading when a click on Add or Edit is likely.
      onPointerEnter={readOnly ? undefined : () => void preloadEditorParts()}
      onFocus={readOnly ? undefined : () => void preloadEditorParts()}
    >
      {fields.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No {kind} metrics yet.
        </Typography>
      ) : (
        <Box
          component="ol"
          aria-label={`${kind === 'primary' ? 'Primary' : 'Secondary'} metrics`}
          sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 1 }}
        >
          {fields.map((field, index) => (
            <MetricListItem
              key={field.id}
              metric={field}
              fieldName={`${list}.${index}`}
              index={index}
              count={fields.length}
              error={listErrors?.[index]?.message}
              readOnly={readOnly}
              addBlockedReason={addBlockedReason}
              onAction={onAction}
            />
          ))}
        </Box>
      )}
      {listErrors?.root?.message && (
        <Typography variant="body2" color="error">
          {listErrors.root.message}
        </Typography>
      )}
      {!readOnly && (
        <Box>
          <Tooltip title={addBlockedReason ?? ''}>
            <span>
              <Button
                startIcon={<Add />}
                onClick={() => setDialog({ index: null })}
                disabled={full}
              >
                Add {kind} metric
              </Button>
            </span>
          </Tooltip>
        </Box>
      )}
      {dialog && (
        <MetricDialog
          kind={kind}
          metric={dialog.index === null ? null : getValues(`${list}.${dialog.index}`)}
          onClose={() => setDialog(null)}
          onSave={(metric) => {
            clearErrors(list);
            if (dialog.index === null) append(metric, { shouldFocus: false });
            else update(dialog.index, metric);
            setDialog(null);
          }}
        />
      )}
      <Snackbar
        open={removed !== null}
        autoHideDuration={8000}
        onClose={(_event, reason) => reason !== 'clickaway' && setRemoved(null)}
        message={`Removed ${kind} metric ${removed ? removed.index + 1 : ''}.`}
        action={
          <Button
            color="inherit"
            size="small"
            onClick={() => {
              if (removed) insert(removed.index, removed.metric, { shouldFocus: false });
              setRemoved(null);
            }}
          >
            Undo
          </Button>
        }
      />
    </Stack>
  );
}
