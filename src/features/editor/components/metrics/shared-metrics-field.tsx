import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import { useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import { describeMetric } from '@/shared';
import { useSavedMetrics } from '../../api/get-saved-metrics';
import type { EditorValues } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';
import { InlineCodeText } from '../inline-code-text';
import { LazySharedMetricPicker } from './shared-metric-stand-in';

interface SharedInfo {
  name: string;
  sentence: string | null;
}

/** Name and sentence of a shared metric, from the project's list or the experiment's own links. */
function useSharedInfo(): (id: number) => SharedInfo {
  const { base } = useEditorMode();
  const { data } = useSavedMetrics();
  return (id) => {
    const saved = data?.find((m) => m.id === id);
    const link = base?.saved_metrics?.find((l) => l.saved_metric === id);
    const query = saved?.query ?? link?.query;
    return {
      name: saved?.name ?? link?.name ?? `Shared metric #${id}`,
      sentence: query ? describeMetric(query) : null,
    };
  };
}

/** Shared (saved) metrics attached to this experiment, each as primary or secondary. */
export function SharedMetricsField() {
  const { control } = useFormContext<EditorValues>();
  const { readOnly } = useEditorMode();
  const { fields, append, remove, update } = useFieldArray({
    control,
    name: 'savedMetrics',
    keyName: 'key',
  });
  const { errors } = useFormState({ control, name: 'savedMetrics' });
  const info = useSharedInfo();
  const attached = new Set(fields.map((f) => f.id));
  const rootError = (errors.savedMetrics as { root?: { message?: string } } | undefined)?.root
    ?.message;
  return (
    <Stack spacing={1.5} data-field="savedMetrics.root">
      {fields.length > 0 && (
        <Box
          component="ul"
          aria-label="Shared metrics"
          sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 1 }}
        >
          {fields.map((field, index) => {
            const { name, sentence } = info(field.id);
            return (
              <Box
                component="li"
                key={field.key}
                sx={{
                  display: 'flex',
                  gap: 1.5,
                  alignItems: 'center',
                  p: 1.5,
                  border: 1,
                  borderColor: 'divider',
                  borderRadius: 1,
                }}
              >
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{name}</Typography>
                  {sentence && (
                    <Typography
                      variant="body2"
                      color="text.secondary"
                      sx={{ overflowWrap: 'anywhere' }}
                    >
                      <InlineCodeText text={sentence} />
                    </Typography>
                  )}
                </Box>
                <TextField
                  select
                  size="small"
                  value={field.type}
                  onChange={(event) =>
                    update(index, {
                      id: field.id,
                      type: event.target.value as 'primary' | 'secondary',
                    })
                  }
                  slotProps={{
                    input: { readOnly },
                    htmlInput: { 'aria-label': `Use “${name}” as` },
                  }}
                  sx={{ width: '9rem' }}
                >
                  <MenuItem value="primary">Primary</MenuItem>
                  <MenuItem value="secondary">Secondary</MenuItem>
                </TextField>
                {!readOnly && (
                  <IconButton aria-label={`Detach “${name}”`} onClick={() => remove(index)}>
                    <DeleteOutline />
                  </IconButton>
                )}
              </Box>
            );
          })}
        </Box>
      )}
      {rootError && (
        <Typography variant="body2" color="error">
          {rootError}
        </Typography>
      )}
      {!readOnly && (
        <LazySharedMetricPicker
          attached={attached}
          onPick={(metric) => append({ id: metric.id, type: 'primary' }, { shouldFocus: false })}
        />
      )}
    </Stack>
  );
}
