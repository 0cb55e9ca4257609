import { jsonResponse } from '@/lib/testing/fetch-stub';

const emptyPage = () => jsonResponse({ count: 0, next: null, previous: null, results: [] });

/** The lists the editor reads besides the experiment, answered empty unless a test cares. */
export const editorCompanionHandlers = {
  '/api/projects/@current/experiment_holdouts/': emptyPage,
  '/api/projects/@current/experiment_saved_metrics/': emptyPage,
  '/api/projects/@current/event_definitions/': emptyPage,
  '/api/projects/@current/actions/': emptyPage,
  '/api/projects/@current/feature_flags/': emptyPage,
  '/api/projects/@current/experiments/eligible_feature_flags/': () =>
    jsonResponse({ count: 0, results: [] }),
};

/** The demo project's actions (one deleted), as PostHog's own list sends them: `{results}` alone. */
export const STUB_ACTIONS = [
  { id: 1, name: 'Visited pricing page', description: 'Any page under /pricing.', deleted: false },
  { id: 2, name: 'Clicked primary CTA', description: '', deleted: false },
  { id: 3, name: null, description: '', deleted: false },
];

/** PostHog ignores `search` and `limit` on its actions list and answers every action in one page. */
export const actionsLikePostHog = () => jsonResponse({ results: STUB_ACTIONS });
