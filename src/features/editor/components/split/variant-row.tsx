import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import { Tooltip } from '@/lib/ui/tooltip';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import { memo } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import type { EditorValues } from '../../form/editor-values';
import { NumberField } from '../fields/number-field';
import { VARIANT_GRID } from './variant-grid';
import { bindInput } from '../fields/bind-input';

interface VariantRowProps {
  index: number;
  isControl: boolean;
  /** Control's key is fixed, and every key is locked after launch (the editor says why above). */
  keyReadOnly: boolean;
  /** Why the row can't be removed, or null. */
  removeBlockedReason: string | null;
  readOnly: boolean;
  onPercentChange: (index: number, value: number | null) => void;
  onRemove: (index: number) => void;
}

const ROW_SX = {
  ...VARIANT_GRID,
  // The variants section starts just below the first screen, near enough for the browser to render it all:
  // twenty rows there made every keystroke in Name re-layer and hit-test them. A row out of view is skipped.
  contentVisibility: 'auto',
  containIntrinsicSize: 'auto 40px',
} as const;

/**
 * One variant: key, optional name, split. Memoised and subscribed only to its own inputs, so typing in one
 * row of twenty re-renders that row alone.
 */
export const VariantRow = memo(function VariantRow(props: VariantRowProps) {
  const { index, isControl, keyReadOnly, removeBlockedReason, readOnly } = props;
  const { control } = useFormContext<EditorValues>();
  const n = index + 1;
  return (
    <Box role="group" aria-label={`Variant ${n}`} sx={ROW_SX}>
      <Controller
        control={control}
        name={`variants.${index}.key`}
        render={({ field, fieldState }) => (
          <TextField
            {...bindInput(field)}
            size="small"
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message}
            slotProps={{
              htmlInput: {
                'aria-label': `Variant ${n} key`,
                readOnly: keyReadOnly || readOnly,
                spellCheck: false,
                autoCapitalize: 'off',
              },
            }}
          />
        )}
      />
      <Controller
        control={control}
        name={`variants.${index}.name`}
        render={({ field, fieldState }) => (
          <TextField
            {...bindInput(field)}
            size="small"
            placeholder={isControl ? 'Control' : 'Optional name'}
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message}
            slotProps={{ htmlInput: { 'aria-label': `Variant ${n} name`, readOnly } }}
          />
        )}
      />
      <Controller
        control={control}
        name={`variants.${index}.percent`}
        render={({ field, fieldState }) => (
          <NumberField
            name={field.name}
            inputRef={field.ref}
            value={field.value}
            onChange={(value) => props.onPercentChange(index, value)}
            onBlur={field.onBlur}
            size="small"
            suffix="%"
            min={0}
            max={100}
            step={1}
            readOnly={readOnly}
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message}
            inputProps={{ 'aria-label': `Variant ${n} split` }}
          />
        )}
      />
      <Tooltip title={removeBlockedReason ?? `Remove variant ${n}`}>
        {/* The span keeps the tooltip (the reason) working on a disabled button. */}
        <span>
          <IconButton
            aria-label={`Remove variant ${n}`}
            onClick={() => props.onRemove(index)}
            disabled={readOnly || Boolean(removeBlockedReason)}
          >
            <DeleteOutline />
          </IconButton>
        </span>
      </Tooltip>
    </Box>
  );
});
