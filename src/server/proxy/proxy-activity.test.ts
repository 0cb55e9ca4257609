import { describe, expect, it } from 'vitest';
import { ActivityPage } from '@/shared';
import { proxyTo, useRecordingUpstream } from './testing/fake-upstream';

/**
 * History through the proxy with what PostHog really answers on `/activity/` (activity_page_response):
 * `{results, next, previous, total_count}`, paged by `?page=`, with no `count`. The console's parser must
 * read it, or History says it could not be loaded and "Paused since" has no date.
 */
const POSTHOG_PAGE = {
  results: [
    {
      id: '0193a1b2-0000-7000-8000-000000000001',
      user: { id: 3, uuid: 'u-3', first_name: 'Ada', email: 'ada@example.com', is_system: false },
      unread: false,
      is_system: false,
      organization_id: 'org-1',
      was_impersonated: false,
      activity: 'updated',
      item_id: '5',
      scope: 'FeatureFlag',
      detail: {
        id: '5',
        name: 'checkout-flow',
        short_id: null,
        type: null,
        changes: [
          { type: 'FeatureFlag', action: 'changed', field: 'active', before: true, after: false },
        ],
        trigger: null,
      },
      created_at: '2025-11-27T09:30:00.123456Z',
    },
  ],
  next: 'https://us.posthog.com/api/projects/7/feature_flags/5/activity/?page=3&limit=100',
  previous: 'https://us.posthog.com/api/projects/7/feature_flags/5/activity/?page=1&limit=100',
  total_count: 201,
};

const upstream = useRecordingUpstream(() => ({ status: 200, body: POSTHOG_PAGE }));
const HOST = '127.0.0.1:4400';
const app = () => proxyTo(upstream.url, 'phx_secret_activity_key_0123456789');

describe('proxy: activity pages in PostHog’s real shape', () => {
  it.each([
    ['flag', 'feature_flags/5'],
    ['experiment', 'experiments/42'],
  ])('a %s activity page passes with its page number and parses', async (_, item) => {
    const res = await app().request(
      `http://${HOST}/api/projects/@current/${item}/activity/?limit=100&page=2`,
      { headers: { host: HOST } },
    );
    expect(res.status).toBe(200);
    expect(upstream.recorded.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET /api/projects/7/${item}/activity/?limit=100&page=2`,
    ]);
    const page = ActivityPage.parse(await res.json());
    expect(page.total_count).toBe(201);
    expect(page.next).not.toBeNull();
    expect(page.results[0]).toMatchObject({
      activity: 'updated',
      detail: { changes: [{ field: 'active', before: true, after: false }] },
      created_at: '2025-11-27T09:30:00.123456Z',
    });
  });
});
