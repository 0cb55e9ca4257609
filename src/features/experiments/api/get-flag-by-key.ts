import { queryOptions } from '@tanstack/react-query';
import { FeatureFlag, paginated } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths, withSearchParams } from '@/lib/api-paths';

const FlagList = paginated(FeatureFlag);

/**
 * The live (not deleted) flag with exactly this key, or null: PostHog reuses an existing flag with the given
 * key instead of creating one, in the editor and in duplicate alike. The flag list's `search` matches keys by
 * substring; only an exact match counts.
 */
export const flagByKeyQueryOptions = (key: string) =>
  queryOptions({
    queryKey: ['feature-flags', 'by-key', key] as const,
    queryFn: async ({ signal }) => {
      const page = await apiFetch(
        withSearchParams(apiPaths.featureFlags(), { search: key, limit: 20 }),
        { schema: FlagList, signal },
      );
      return page.results.find((flag) => flag.key === key && !flag.deleted) ?? null;
    },
  });
