import type { Context } from 'hono';
import { activityOffset, activityPageBody, activityPageParams } from '../http/activity-pagination';
import type { AppEnv } from '../http/env';
import { notFound } from '../http/problem';
import { listActivity } from '../services/companions';
import type { RequestContext } from '../services/context';

/**
 * One page of an item's history (`…/{id}/activity/`), newest first, for experiments and feature flags alike.
 * The page parameters are checked before the item, as PostHog's serializer runs first: a bad `page` is a 400
 * even for an unknown id.
 */
export function activityPage(
  c: Context<AppEnv>,
  scope: 'Experiment' | 'FeatureFlag',
  id: number,
  exists: (ctx: RequestContext, id: number) => unknown,
) {
  const page = activityPageParams(c);
  if (!exists(c.var.ctx, id)) throw notFound();
  const entries = listActivity(c.var.ctx, scope, id, {
    limit: page.limit,
    offset: activityOffset(page),
  });
  return c.json(activityPageBody(c, page, entries));
}
