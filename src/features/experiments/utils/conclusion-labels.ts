import type { Conclusion } from '@/shared';

/** How each PostHog conclusion reads in the UI; unknown future values fall back to the raw value. */
export const CONCLUSION_LABELS: Record<Conclusion, { label: string; description: string }> = {
  won: { label: 'Won', description: 'A test variant beat the control.' },
  lost: { label: 'Lost', description: 'No test variant beat the control.' },
  inconclusive: { label: 'Inconclusive', description: 'The results did not settle the question.' },
  stopped_early: { label: 'Stopped early', description: 'Ended before reaching significance.' },
  invalid: {
    label: 'Invalid',
    description: 'The data cannot be trusted (setup or tracking problem).',
  },
};

export function conclusionLabel(conclusion: string): string {
  return CONCLUSION_LABELS[conclusion as Conclusion]?.label ?? conclusion;
}
