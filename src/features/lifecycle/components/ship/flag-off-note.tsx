import Alert from '@mui/material/Alert';

/**
 * Shipping rewrites the flag's variants but does not switch it on (PostHog's `ship_variant`), so on a
 * paused experiment the shipped variant reaches nobody until someone turns the flag on.
 */
export function FlagOffNote({ flagKey }: { flagKey: string }) {
  return (
    <Alert severity="warning">
      The flag <code>{flagKey}</code> is off, so nobody gets the shipped variant until the flag is
      turned on again (<em>Turn flag on</em> on the experiment page, once it has ended).
    </Alert>
  );
}
