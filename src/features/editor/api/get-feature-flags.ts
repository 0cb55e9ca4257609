import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { FeatureFlag } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { apiPaths, withSearchParams } from '@/lib/api-paths';
import { flagByKeyQueryOptions } from '@/features/experiments/api/get-flag-by-key';
import { editorKeys } from './editor-keys';

// eligible_feature_flags answers {results, count} without next/previous (contract §1.3).
const EligibleFlagList = z.looseObject({ count: z.number(), results: z.array(FeatureFlag) });

export const eligibleFlagsQueryOptions = (search: string) =>
  queryOptions({
    queryKey: editorKeys.eligibleFlags(search),
    queryFn: ({ signal }) =>
      apiFetch(withSearchParams(apiPaths.eligibleFeatureFlags(), { search, limit: 20 }), {
        schema: EligibleFlagList,
        signal,
      }),
  });

/** Flags an experiment may reuse (two or more variants, control first), searched by key or name. */
export function useEligibleFlags(search: string) {
  return useQuery({ ...eligibleFlagsQueryOptions(search), placeholderData: keepPreviousData });
}

/** The existing flag with exactly this key, or null: PostHog reuses it instead of creating one. */
export function useFlagByKey(key: string, enabled: boolean) {
  return useQuery({ ...flagByKeyQueryOptions(key), enabled: enabled && key !== '' });
}
