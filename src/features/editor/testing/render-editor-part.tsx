import { zodResolver } from '@hookform/resolvers/zod';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FormProvider, useForm, type UseFormReturn } from 'react-hook-form';
import { afterEach } from 'vitest';
import { EditorModeContext, type EditorMode } from '../components/editor-context';
import { editorSchema } from '../form/editor-schema';
import { emptyEditorValues, type EditorValues } from '../form/editor-values';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

const CREATE_MODE: EditorMode = {
  kind: 'create',
  readOnly: false,
  launched: false,
  status: null,
  base: undefined,
};

/**
 * One part of the editor (a section, the split editor) inside the editor's real form and mode, so a test
 * can drive it by role and label and then read the form's values (or act on the form as the editor does).
 */
export function renderEditorPart(
  ui: ReactNode,
  options: { values?: Partial<EditorValues>; mode?: Partial<EditorMode> } = {},
) {
  const form: { current?: UseFormReturn<EditorValues> } = {};
  function Harness() {
    const methods = useForm<EditorValues>({
      defaultValues: { ...emptyEditorValues(), ...options.values },
      resolver: zodResolver(editorSchema),
      mode: 'onTouched',
    });
    form.current = methods;
    return (
      <EditorModeContext.Provider value={{ ...CREATE_MODE, ...options.mode }}>
        <FormProvider {...methods}>{ui}</FormProvider>
      </EditorModeContext.Provider>
    );
  }
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <Harness />
    </QueryClientProvider>,
  );
  const methods = () => form.current as UseFormReturn<EditorValues>;
  return { ...view, values: () => methods().getValues(), form: methods };
}
