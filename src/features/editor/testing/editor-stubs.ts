import { jsonResponse } from '@/lib/testing/fetch-stub';

const emptyPage = () => jsonResponse({ count: 0, next: null, previous: null, results: [] });

/** The lists the editor reads besides the experiment, answered empty unless a test cares. */
export const editorCompanionHandlers = {
  '/api/projects/@current/experiment_holdouts/': emptyPage,
  '/api/projects/@current/experiment_saved_metrics/': emptyPage,
  '/api/projects/@current/event_definitions/': emptyPage,
  '/api/projects/@current/feature_flags/': emptyPage,
  '/api/projects/@current/experiments/eligible_feature_flags/': () =>
    jsonResponse({ count: 0, results: [] }),
};
