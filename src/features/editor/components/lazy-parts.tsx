import Box from '@mui/material/Box';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

import { preloadEditorParts } from './load-editor-parts';
import type * as OnDemand from './on-demand';

/**
 * What the editor shows only after an action (the metric builder, the save flow's questions, the leave
 * question, the flag picker, the description's preview), in ONE chunk that the first paint does not wait
 * for: one rather than several, so the MUI parts they share with the first view are not split into more,
 * smaller files.
 */
function part<K extends keyof typeof OnDemand>(name: K, fallback: ReactNode = null) {
  const Lazy = lazy(() =>
    preloadEditorParts().then((module) => ({
      default: module[name] as ComponentType<object>,
    })),
  );
  function Part(props: object) {
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Part as unknown as (typeof OnDemand)[K];
}

// A dialog floats above the page: while its code loads nothing is drawn, so nothing shifts.
export const LazyMetricDialog = part('MetricDialog');
export const LazyConflictDialog = part('ConflictDialog');
export const LazyFlagSyncDialog = part('FlagSyncDialog');
export const LazyLiveFlagDialog = part('LiveFlagDialog');
export const LazyReuseFlagDialog = part('ReuseFlagDialog');
export const LazyLeaveDialog = part('LeaveDialog');
/** The description's Markdown preview; while its code loads, an empty box of the preview's height. */
/** The custom exposure's fields, while their code loads: the height they take, so nothing jumps. */
export const LazyCustomExposureFields = part(
  'CustomExposureFields',
  <Box sx={{ minHeight: 150 }} />,
);
export const LazyDescriptionPreview = part('DescriptionPreview', <Box sx={{ minHeight: 136 }} />);
