import type * as OnDemand from './on-demand';

/**
 * The chunk of what the editor shows only after an action (see lazy-parts.tsx). Called where a click is
 * coming (pointer over or focus in the metric lists, the flag button, a dirty form), so the dialog opens
 * without a felt delay; the lazy parts call it too.
 */
let loading: Promise<typeof OnDemand> | null = null;
export function preloadEditorParts(): Promise<typeof OnDemand> {
  loading ??= import('./on-demand').catch((error: unknown) => {
    // A failed download may be retried by the next preload or render.
    loading = null;
    throw error;
  });
  return loading;
}
