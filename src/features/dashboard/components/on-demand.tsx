// Loaded by lazy-parts.tsx when first needed; one chunk for both.
export { AttentionPanel } from './attention-panel';
export { NoticeSnackbar } from './notice-snackbar';
