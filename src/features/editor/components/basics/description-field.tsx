import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { TabItem, TabList } from '@/lib/ui/tab-list';
import { DESCRIPTION_MAX } from '@/shared';
import type { EditorValues } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';
import { bindInput } from '../fields/bind-input';
import { LazyDescriptionPreview as DescriptionPreview } from '../lazy-parts';
import { preloadEditorParts } from '../load-editor-parts';

/** Hypothesis and notes in Markdown, with a preview rendered the way the experiment page shows it. */
export function DescriptionField() {
  const { control } = useFormContext<EditorValues>();
  const { readOnly } = useEditorMode();
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const id = useId();
  return (
    <Stack spacing={1}>
      <TabList
        value={tab}
        onChange={setTab}
        aria-label="Description"
        sx={{ '& [role="tab"]': { minHeight: 36, py: 0.5 } }}
      >
        <TabItem label="Write" value="write" id={`${id}-write`} aria-controls={`${id}-panel`} />
        <TabItem
          label="Preview"
          value="preview"
          id={`${id}-preview`}
          aria-controls={`${id}-panel`}
          onPointerEnter={() => void preloadEditorParts()}
          onFocus={() => void preloadEditorParts()}
        />
      </TabList>
      <Box role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`}>
        {tab === 'preview' ? (
          <DescriptionPreview />
        ) : (
          <Controller
            control={control}
            name="description"
            render={({ field, fieldState }) => (
              <TextField
                {...bindInput(field)}
                label="Description and hypothesis"
                placeholder={
                  'What do you expect to happen, and why?\n\n**Bold**, `code`, # headings and - lists work.'
                }
                slotProps={{ htmlInput: { readOnly } }}
                multiline
                minRows={4}
                maxRows={16}
                fullWidth
                error={Boolean(fieldState.error)}
                helperText={
                  fieldState.error?.message ??
                  `${field.value.length.toLocaleString()} / ${DESCRIPTION_MAX.toLocaleString()} characters · Markdown`
                }
              />
            )}
          />
        )}
      </Box>
    </Stack>
  );
}
