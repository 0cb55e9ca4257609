import type { Experiment } from '@/shared';
import { jsonResponse } from '@/lib/testing/fetch-stub';

/** Endpoints every page calls through the top bar, answered like the embedded server. */
export const shellHandlers = {
  '/api/console/config': () =>
    jsonResponse({ mode: 'embedded', host: null, project: { id: 1, name: 'Demo project' } }),
  '/api/users/@me/': () =>
    jsonResponse({
      uuid: 'u-1',
      email: 'ada@example.com',
      first_name: 'Ada',
      last_name: 'Lovelace',
    }),
};

/** A list answer in DRF's limit/offset shape. */
export function experimentPage(results: Experiment[], count = results.length) {
  return jsonResponse({ count, next: null, previous: null, results });
}
