// Loaded by lazy-parts.tsx when first needed; one chunk for all (see there why).
export { AttentionPanel } from './attention-panel';
export { CardSort } from './card-sort';
export { ExperimentCards } from './experiment-cards';
export { FlagKeyMatches } from './flag-key-matches';
export { SaveViewDialog } from './save-view-dialog';
export { BulkBar } from './bulk-bar';
