import { isRouteErrorResponse } from 'react-router';
import { NotFoundPage } from '@/app/routes/not-found';
import { ErrorFallback } from './error-fallback';

/** A route's error: a 404 reads as "page not found", anything else shows what happened. */
export function RouteError({ error }: { error: unknown }) {
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <ErrorFallback error={error} />;
}
