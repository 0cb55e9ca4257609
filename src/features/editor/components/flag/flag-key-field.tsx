import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect, useRef, useState } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { slugifyFlagKey } from '@/shared';
import type { EditorValues } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';
import { ExistingFlagNote } from './existing-flag-note';
import { LazyReuseFlagDialog as ReuseFlagDialog } from '../lazy-parts';
import { preloadEditorParts } from '../load-editor-parts';
import { useApplyFlag } from './use-apply-flag';
import { bindInput } from '../fields/bind-input';

/**
 * The key follows the name as a slug while it still is the slug of the previous name (or empty): once the
 * person types their own key, reuses a flag or restores a draft, it stays theirs.
 */
function useKeySuggestion() {
  const { getValues, setValue } = useFormContext<EditorValues>();
  const name = useWatch<EditorValues, 'name'>({ name: 'name' });
  const previousName = useRef(name);
  useEffect(() => {
    const key = getValues('featureFlagKey');
    if (key === '' || key === slugifyFlagKey(previousName.current)) {
      setValue('featureFlagKey', slugifyFlagKey(name));
    }
    previousName.current = name;
  }, [name, getValues, setValue]);
}

function NewFlagKeyField() {
  const { control } = useFormContext<EditorValues>();
  const [picking, setPicking] = useState(false);
  const applyFlag = useApplyFlag();
  useKeySuggestion();
  return (
    <Stack spacing={1.5}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Controller
          control={control}
          name="featureFlagKey"
          render={({ field, fieldState }) => (
            <TextField
              {...bindInput(field)}
              label="Feature flag key"
              required
              fullWidth
              error={Boolean(fieldState.error)}
              helperText={
                fieldState.error?.message ??
                'Your code checks this key. Letters, numbers, hyphens and underscores; it can’t change later.'
              }
              slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
            />
          )}
        />
        <Button
          onClick={() => setPicking(true)}
          onPointerEnter={() => void preloadEditorParts()}
          onFocus={() => void preloadEditorParts()}
          sx={{ flexShrink: 0, mt: { sm: 1 } }}
        >
          Reuse an existing flag…
        </Button>
      </Stack>
      <ExistingFlagNote />
      {picking && (
        <ReuseFlagDialog
          onClose={() => setPicking(false)}
          onPick={(flag) => {
            applyFlag(flag, { withKey: true });
            setPicking(false);
          }}
        />
      )}
    </Stack>
  );
}

/** The flag key: chosen (or reused) at creation, read-only afterwards because PostHog never changes it. */
export function FlagKeyField() {
  const { kind, readOnly, base } = useEditorMode();
  if (kind === 'create' && !readOnly) return <NewFlagKeyField />;
  return (
    <TextField
      label="Feature flag key"
      value={base?.feature_flag_key ?? ''}
      fullWidth
      slotProps={{ htmlInput: { readOnly: true } }}
      helperText="PostHog never changes a flag key after the experiment is created."
    />
  );
}
