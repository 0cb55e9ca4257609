import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import TextField from '@mui/material/TextField';
import { useRef, useState } from 'react';
import type { ExperimentSavedMetric } from '@/shared';
import { preloadEditorParts } from '../load-editor-parts';
import type { SharedMetricPicker } from './shared-metric-picker';

export const PICKER_LABEL = 'Attach a shared metric';
export const PICKER_HELP = 'Shared metrics are defined once and reused across experiments.';

interface LazySharedMetricPickerProps {
  attached: ReadonlySet<number>;
  onPick: (metric: ExperimentSavedMetric) => void;
}

/**
 * The shared-metric picker, whose code (MUI's Autocomplete and Popper.js, about 17 kB gzipped) comes with
 * the editor's on-demand parts when the person first reaches for it (issue 12). Until then a field that
 * looks and is named the same: it keeps what is typed into it, and hands focus and text to the picker.
 */
export function LazySharedMetricPicker({ attached, onPick }: LazySharedMetricPickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [openNow, setOpenNow] = useState(false);
  const [loaded, setLoaded] = useState<{ Picker: typeof SharedMetricPicker; focus: boolean }>();

  const load = (byPointer: boolean) => {
    if (byPointer) setOpenNow(true);
    preloadEditorParts().then(
      (parts) =>
        setLoaded({
          Picker: parts.SharedMetricPicker,
          // Someone who tabbed on past meanwhile keeps their place.
          focus: document.activeElement === input.current,
        }),
      // Offline for a moment: the stand-in stays, and the next focus or click tries again.
      () => undefined,
    );
  };

  if (loaded) {
    const { Picker } = loaded;
    return (
      <Picker
        attached={attached}
        onPick={onPick}
        initialText={text}
        openNow={openNow}
        focus={loaded.focus}
      />
    );
  }
  return (
    <TextField
      inputRef={input}
      label={PICKER_LABEL}
      helperText={PICKER_HELP}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onPointerDown={() => load(true)}
      onFocus={() => load(false)}
      slotProps={{
        htmlInput: {
          role: 'combobox',
          'aria-expanded': false,
          'aria-autocomplete': 'list',
          autoComplete: 'off',
        },
        input: { endAdornment: <ArrowDropDown sx={{ color: 'action.active', mr: -0.5 }} /> },
      }}
    />
  );
}
