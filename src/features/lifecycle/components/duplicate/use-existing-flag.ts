import { useQuery } from '@tanstack/react-query';
import { flagByKeyQueryOptions } from '@/features/experiments/api/get-flag-by-key';
import { useDebouncedValue } from '@/lib/use-debounced-value';

/**
 * The flag that already has this key, or null. PostHog's duplicate reuses an existing flag with the
 * given key instead of creating one (contract: duplicate), so the dialog must say so before it happens.
 */
export function useExistingFlag(key: string) {
  const typed = key.trim();
  const settled = useDebouncedValue(typed, 300);
  const query = useQuery({
    ...flagByKeyQueryOptions(settled),
    enabled: settled !== '' && settled === typed,
    staleTime: 30_000,
  });
  return settled === typed ? (query.data ?? null) : null;
}
