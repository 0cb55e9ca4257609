import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller, useFormContext } from 'react-hook-form';
import { holdoutExclusionPercent, type ExperimentHoldout } from '@/shared';
import { errorMessage } from '@/lib/api-error';
import { useHoldouts } from '../../api/get-holdouts';
import type { EditorValues } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';

const NONE = '';

function helperFor(holdout: ExperimentHoldout | undefined, launched: boolean): string {
  if (launched) return 'PostHog locks the holdout once the experiment is launched.';
  if (!holdout) return 'A holdout keeps a share of all users out of this and related experiments.';
  const share = holdoutExclusionPercent(holdout);
  return `${share}% of all users never enter the experiment.${holdout.description ? ` ${holdout.description}` : ''}`;
}

/** Picks one of the project's holdouts, or none; locked after launch as PostHog requires. */
export function HoldoutField() {
  const { control } = useFormContext<EditorValues>();
  const { readOnly, launched, base } = useEditorMode();
  const holdouts = useHoldouts();
  const list = holdouts.data ?? [];
  return (
    <Controller
      control={control}
      name="holdoutId"
      render={({ field, fieldState }) => {
        // The experiment's own holdout is listed even before (or without) the list loading.
        const options =
          base?.holdout && !list.some((h) => h.id === base.holdout?.id)
            ? [base.holdout, ...list]
            : list;
        const selected = options.find((h) => h.id === field.value);
        return (
          <TextField
            select
            label="Holdout"
            name={field.name}
            inputRef={field.ref}
            value={field.value ?? NONE}
            onChange={(event) =>
              field.onChange(event.target.value === NONE ? null : Number(event.target.value))
            }
            onBlur={field.onBlur}
            slotProps={{ input: { readOnly: readOnly || launched } }}
            error={Boolean(fieldState.error) || holdouts.isError}
            helperText={
              fieldState.error?.message ??
              (holdouts.isError
                ? `Could not load holdouts: ${errorMessage(holdouts.error)}`
                : helperFor(selected, launched))
            }
            fullWidth
          >
            <MenuItem value={NONE}>No holdout</MenuItem>
            {options.map((holdout) => (
              <MenuItem key={holdout.id} value={holdout.id}>
                {holdout.name} · excludes {holdoutExclusionPercent(holdout)}%
              </MenuItem>
            ))}
            {/* A holdout that was just deleted elsewhere still needs an entry to show the value. */}
            {field.value != null && !options.some((h) => h.id === field.value) && (
              <MenuItem value={field.value}>Holdout #{field.value} (no longer exists)</MenuItem>
            )}
          </TextField>
        );
      }}
    />
  );
}
