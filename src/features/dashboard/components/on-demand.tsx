// Loaded by lazy-parts.tsx when first needed.
export { AttentionPanel } from './attention-panel';
