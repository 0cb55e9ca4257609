import { useQuery } from '@tanstack/react-query';
import { FeatureFlag, paginated } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths, withSearchParams } from '@/lib/api-paths';
import { useDebouncedValue } from '@/lib/use-debounced-value';

const FlagList = paginated(FeatureFlag);

/**
 * The flag that already has this key, or null. PostHog's duplicate reuses an existing flag with the
 * given key instead of creating one (contract: duplicate), so the dialog must say so before it happens.
 * The flag list's `search` matches keys by substring; only an exact match counts.
 */
export function useExistingFlag(key: string) {
  const typed = key.trim();
  const settled = useDebouncedValue(typed, 300);
  const query = useQuery({
    queryKey: ['feature-flags', 'by-key', settled],
    queryFn: async ({ signal }) => {
      const page = await apiFetch(
        withSearchParams(apiPaths.featureFlags(), { search: settled, limit: 20 }),
        { schema: FlagList, signal },
      );
      return page.results.find((flag) => flag.key === settled && !flag.deleted) ?? null;
    },
    enabled: settled !== '' && settled === typed,
    staleTime: 30_000,
  });
  return settled === typed ? (query.data ?? null) : null;
}
