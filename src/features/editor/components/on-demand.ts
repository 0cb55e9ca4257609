// Loaded by lazy-parts.tsx when first needed (and by the save, for its flow); one chunk for all, so the
// MUI parts they share with the first view are not split into more, smaller files (the dashboard's
// on-demand.tsx measured the same).
export { DescriptionPreview } from './basics/description-preview';
export { CustomExposureFields } from './exposure/custom-exposure-fields';
export { ConflictDialog } from '../conflict/conflict-dialog';
export { FlagSyncDialog } from '../save/flag-sync-dialog';
export { LiveFlagDialog } from '../save/live-flag-dialog';
export { ReuseFlagDialog } from './flag/reuse-flag-dialog';
export { LeaveDialog } from './leave-dialog';
export { MetricDialog } from './metrics/metric-dialog';
export { SharedMetricPicker } from './metrics/shared-metric-picker';
export { createFlow, updateFlow } from '../save/save-flow';
