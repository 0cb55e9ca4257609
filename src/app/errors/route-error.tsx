import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from '@/app/routes/not-found';
import { ErrorFallback } from './error-fallback';

/** The router's errorElement: a 404 reads as "page not found", anything else shows what happened. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <ErrorFallback error={error} />;
}
