import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import type { FlagVariant } from '@/shared';
import type { EndFormInput } from '../../utils/conclusion-form';
import { FlagOffNote } from '../ship/flag-off-note';
import { VariantPicker } from '../ship/variant-picker';

/** Optionally ship a variant while ending: PostHog's `ship_variant` ends and rolls out in one write. */
interface ShipVariantFieldsProps {
  variants: FlagVariant[];
  flagKey: string;
  flagActive: boolean;
  /** The variant the results suggest shipping, named while shipping is not ticked. */
  suggestedVariant?: string | null;
}

export function ShipVariantFields(props: ShipVariantFieldsProps) {
  const { variants, flagKey, flagActive, suggestedVariant } = props;
  const { control } = useFormContext<EndFormInput>();
  const ship = useController({ control, name: 'ship' });
  const variant = useController({ control, name: 'variantKey' });
  const chosen = useWatch({ control, name: 'variantKey' });
  return (
    <Stack spacing={1}>
      <FormControlLabel
        control={
          <Checkbox
            checked={ship.field.value}
            onChange={(event) => ship.field.onChange(event.target.checked)}
            slotProps={{ input: { ref: ship.field.ref } }}
          />
        }
        label="Also ship a variant"
      />
      {!ship.field.value && suggestedVariant && (
        <Typography variant="body2" color="text.secondary" sx={{ pl: 4, mt: '0 !important' }}>
          The results suggest shipping <code>{suggestedVariant}</code>; it is chosen for you if you
          tick this.
        </Typography>
      )}
      {ship.field.value && (
        <Stack spacing={1} sx={{ pl: 4 }}>
          <VariantPicker
            label="Variant to ship"
            variants={variants}
            value={variant.field.value}
            onChange={variant.field.onChange}
            error={variant.fieldState.error?.message}
            inputRef={variant.field.ref}
          />
          <Typography variant="body2" color="text.secondary">
            The flag <code>{flagKey}</code> will serve{' '}
            {chosen ? <code>{chosen}</code> : 'the chosen variant'} to 100 % of users (every other
            variant gets 0 %); its existing release conditions are kept.
          </Typography>
          {!flagActive && <FlagOffNote flagKey={flagKey} />}
        </Stack>
      )}
    </Stack>
  );
}
