import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '@/lib/testing/fetch-stub';
import { EXPERIMENTS_PATH, fakeListHandler, listRequests } from '../testing/fake-list-api';
import { DEFAULT_VIEW } from '../utils/dashboard-view';
import { dashboardPageParams, prefetchDashboardPage } from './dashboard-page-params';

describe('dashboardPageParams', () => {
  it('leaves out defaults and empty filters, so equal views share one request', () => {
    expect(dashboardPageParams(DEFAULT_VIEW, undefined)).toEqual({ limit: 25, offset: 0 });
    expect(
      dashboardPageParams(
        {
          ...DEFAULT_VIEW,
          tab: 'paused',
          search: 'checkout',
          archived: true,
          sort: { field: 'name', direction: 'asc' },
          page: 2,
          pageSize: 50,
        },
        7,
      ),
    ).toEqual({
      limit: 50,
      offset: 100,
      search: 'checkout',
      created_by_id: 7,
      archived: true,
      status: 'paused',
      order: 'name',
    });
  });
});

describe('prefetchDashboardPage', () => {
  it.each([
    ['created by me (the user is not known yet)', '?creator=me'],
    ['the needs-attention tab (no table)', '?status=attention'],
  ])('asks for nothing for %s', (_name, search) => {
    const fetchMock = stubFetch({ [EXPERIMENTS_PATH]: fakeListHandler(() => []) });
    prefetchDashboardPage(new QueryClient(), search);
    expect(listRequests(fetchMock)).toEqual([]);
  });
});
