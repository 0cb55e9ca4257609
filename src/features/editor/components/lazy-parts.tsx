import Box from '@mui/material/Box';
import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';

import { preloadEditorParts } from './load-editor-parts';
import type * as OnDemand from './on-demand';

/**
 * What the editor shows only after an action (the metric builder, the save flow's questions, the leave
 * question, the flag picker, the description's preview), in ONE chunk that the first paint does not wait
 * for: one rather than several, so the MUI parts they share with the first view are not split into more,
 * smaller files.
 */
function part<K extends keyof typeof OnDemand>(name: K) {
  return lazy(() =>
    preloadEditorParts().then((module) => ({
      default: module[name] as ComponentType<unknown>,
    })),
  ) as unknown as (typeof OnDemand)[K];
}

const MetricDialog = part('MetricDialog');
const ConflictDialog = part('ConflictDialog');
const FlagSyncDialog = part('FlagSyncDialog');
const LiveFlagDialog = part('LiveFlagDialog');
const ReuseFlagDialog = part('ReuseFlagDialog');
const LeaveDialog = part('LeaveDialog');
const DescriptionPreview = part('DescriptionPreview');

// A dialog floats above the page: while its code loads nothing is drawn, so nothing shifts.
export function LazyMetricDialog(props: ComponentProps<typeof MetricDialog>) {
  return (
    <Suspense fallback={null}>
      <MetricDialog {...props} />
    </Suspense>
  );
}

export function LazyConflictDialog(props: ComponentProps<typeof ConflictDialog>) {
  return (
    <Suspense fallback={null}>
      <ConflictDialog {...props} />
    </Suspense>
  );
}

export function LazyFlagSyncDialog(props: ComponentProps<typeof FlagSyncDialog>) {
  return (
    <Suspense fallback={null}>
      <FlagSyncDialog {...props} />
    </Suspense>
  );
}

export function LazyLiveFlagDialog(props: ComponentProps<typeof LiveFlagDialog>) {
  return (
    <Suspense fallback={null}>
      <LiveFlagDialog {...props} />
    </Suspense>
  );
}

export function LazyReuseFlagDialog(props: ComponentProps<typeof ReuseFlagDialog>) {
  return (
    <Suspense fallback={null}>
      <ReuseFlagDialog {...props} />
    </Suspense>
  );
}

export function LazyLeaveDialog(props: ComponentProps<typeof LeaveDialog>) {
  return (
    <Suspense fallback={null}>
      <LeaveDialog {...props} />
    </Suspense>
  );
}

/** The description's Markdown preview; while its code loads, an empty box of the preview's height. */
export function LazyDescriptionPreview() {
  return (
    <Suspense fallback={<Box sx={{ minHeight: 136 }} />}>
      <DescriptionPreview />
    </Suspense>
  );
}
