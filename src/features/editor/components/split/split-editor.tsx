import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import { Tooltip } from '@/lib/ui/tooltip';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import Balance from '@mui/icons-material/Balance';
import { useState } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { MAX_VARIANTS } from '@/shared';
import type { EditorValues, VariantValue } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';
import { SplitTotal } from './split-total';
import { useSplitActions } from './use-split-actions';
import { VARIANT_GRID } from './variant-grid';
import { VariantRow } from './variant-row';

const LOCKED = 'PostHog locks variant keys once the experiment is launched.';

function removeReason(key: string, count: number, launched: boolean): string | null {
  if (launched) return LOCKED;
  if (key === 'control') return 'The control variant is the baseline and can’t be removed.';
  if (count <= 2) return 'An experiment needs at least two variants.';
  return null;
}

function ColumnHeads() {
  const head = (text: string) => (
    <Typography variant="caption" color="text.secondary" sx={{ fontWeight: 600 }}>
      {text}
    </Typography>
  );
  return (
    <Box aria-hidden sx={{ ...VARIANT_GRID, display: { xs: 'none', sm: 'grid' } }}>
      {head('Key')}
      {head('Name')}
      {head('Split')}
    </Box>
  );
}

/** Variants with their split: add (up to 20), remove (at least 2, never control), balance, total. */
export function SplitEditor() {
  const { control, getValues } = useFormContext<EditorValues>();
  const { readOnly, launched } = useEditorMode();
  const array = useFieldArray({ control, name: 'variants' });
  const { changePercent, distributeEvenly, addVariant, removeVariant } = useSplitActions(array);
  const [undo, setUndo] = useState<{ snapshot: VariantValue[]; key: string } | null>(null);
  const count = array.fields.length;
  const addBlocked = launched
    ? LOCKED
    : count >= MAX_VARIANTS
      ? `An experiment can have at most ${MAX_VARIANTS} variants.`
      : null;

  const remove = (index: number) => {
    // A copy: getValues hands out the form's own objects, which the re-balancing below changes.
    const snapshot = getValues('variants').map((v) => ({ ...v }));
    setUndo({ snapshot, key: snapshot[index]?.key || `variant ${index + 1}` });
    removeVariant(index);
  };
  return (
    <Stack spacing={1.5} data-field="variants.root">
      {launched && !readOnly && (
        <Typography variant="body2" color="text.secondary">
          {LOCKED} You can still change names and the split.
        </Typography>
      )}
      <ColumnHeads />
      {array.fields.map((field, index) => (
        <VariantRow
          key={field.id}
          index={index}
          isControl={field.key === 'control'}
          keyReadOnly={launched || field.key === 'control'}
          removeBlockedReason={removeReason(field.key, count, launched)}
          readOnly={readOnly}
          onPercentChange={changePercent}
          onRemove={remove}
        />
      ))}
      <SplitTotal />
      {!readOnly && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Tooltip title={addBlocked ?? ''}>
            <span>
              <Button startIcon={<Add />} onClick={addVariant} disabled={Boolean(addBlocked)}>
                Add variant
              </Button>
            </span>
          </Tooltip>
          <Button startIcon={<Balance />} onClick={distributeEvenly}>
            Distribute evenly
          </Button>
        </Stack>
      )}
      <Snackbar
        open={undo !== null}
        autoHideDuration={8000}
        onClose={(_event, reason) => reason !== 'clickaway' && setUndo(null)}
        message={`Removed variant “${undo?.key ?? ''}”; the split was spread evenly.`}
        action={
          <Button
            color="inherit"
            size="small"
            onClick={() => {
              if (undo) array.replace(undo.snapshot);
              setUndo(null);
            }}
          >
            Undo
          </Button>
        }
      />
    </Stack>
  );
}
