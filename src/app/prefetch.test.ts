import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '@/lib/testing/fetch-stub';
import {
  EXPERIMENTS_PATH,
  fakeListHandler,
  listRequests,
} from '@/features/dashboard/testing/fake-list-api';
import { prefetchFirstPage } from './prefetch';

describe('prefetchFirstPage', () => {
  it.each([
    ['/experiments', '?status=running', ['limit=25&offset=0&status=running']],
    ['/experiments/', '?status=running', ['limit=25&offset=0&status=running']],
    // "/" redirects to the default view, without its query string.
    ['/', '?status=running', ['limit=25&offset=0']],
    ['/experiments/new', '', []],
    ['/experiments/12', '', []],
  ])('%s%s asks for %j', (pathname, search, expected) => {
    const fetchMock = stubFetch({ [EXPERIMENTS_PATH]: fakeListHandler(() => []) });
    prefetchFirstPage(new QueryClient(), { pathname, search });
    expect(listRequests(fetchMock).map((params) => params.toString())).toEqual(expected);
  });
});
