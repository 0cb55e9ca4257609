import { lazy, Suspense, useSyncExternalStore } from 'react';
import { signedOutNow, subscribeSignedOut } from '@/lib/session/signed-out';

/** The screen's code (form, help) loads only when someone has to sign in. */
const SignInScreen = lazy(() =>
  import('./sign-in-screen').then((m) => ({ default: m.SignInScreen })),
);

/**
 * Covers the app with the sign-in screen once a request finds the console signed out. The page underneath
 * stays mounted, at the same URL: a half-typed form is there when the person is back.
 */
export function SignInGate() {
  const signedOut = useSyncExternalStore(subscribeSignedOut, signedOutNow, () => null);
  if (!signedOut) return null;
  return (
    <Suspense fallback={null}>
      <SignInScreen signedOut={signedOut} />
    </Suspense>
  );
}
