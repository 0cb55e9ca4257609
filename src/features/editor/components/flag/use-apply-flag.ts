import { useCallback } from 'react';
import { useFormContext } from 'react-hook-form';
import type { FeatureFlag } from '@/shared';
import type { EditorValues } from '../../form/editor-values';
import { flagVariantValues } from './flag-reuse';

/** Takes an existing flag's key, variants and rollout into the form: PostHog will use them as they are. */
export function useApplyFlag() {
  const { setValue } = useFormContext<EditorValues>();
  return useCallback(
    (flag: FeatureFlag, { withKey }: { withKey: boolean }) => {
      const options = { shouldDirty: true, shouldValidate: true };
      if (withKey) setValue('featureFlagKey', flag.key, options);
      setValue('variants', flagVariantValues(flag), options);
      const rollout = flag.filters?.groups?.[0]?.rollout_percentage;
      if (rollout != null) setValue('rolloutPercent', rollout, options);
    },
    [setValue],
  );
}
