import type { Experiment } from '@/shared';

const TYPE_LABELS: Record<string, string> = { product: 'Product', web: 'Web' };

/** "Product" or "Web"; a type PostHog adds later shows as its raw word. */
export const typeLabel = (experiment: Experiment) =>
  TYPE_LABELS[experiment.type ?? ''] ?? experiment.type ?? '—';
