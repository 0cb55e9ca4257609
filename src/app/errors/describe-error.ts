import { errorMessage } from '@/lib/api-error';

/** A sentence for anything a page may throw. */
export function describeError(error: unknown): string {
  // A lazily loaded page failed to download: usually a new version was deployed or the server stopped.
  if (
    error instanceof TypeError &&
    /dynamically imported module|importing a module/i.test(error.message)
  ) {
    return 'Part of the app could not be downloaded. It may have been updated, or the server may have stopped.';
  }
  return errorMessage(error);
}
