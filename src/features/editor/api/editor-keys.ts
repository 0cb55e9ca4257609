/** Query keys for the data the editor reads besides the experiment itself (general to specific). */
export const editorKeys = {
  all: ['editor'] as const,
  holdouts: () => [...editorKeys.all, 'holdouts'] as const,
  savedMetrics: () => [...editorKeys.all, 'saved-metrics'] as const,
  eventDefinitions: (search: string) => [...editorKeys.all, 'event-definitions', search] as const,
  actions: () => [...editorKeys.all, 'actions'] as const,
  eligibleFlags: (search: string) => [...editorKeys.all, 'eligible-flags', search] as const,
};
