import type { TestServer } from '@/testing/server-harness';
import { at, capture, event, exposure, launchedExperiment } from './results-fixture';

/**
 * The mean and metric-source tests' hand-built data, launched on START, captured through /batch/.
 * control: c1 (exposed day 2 10:00; 2 purchases after, 1 before), c2 (no purchase), c3 (exposed day 4
 * 12:00; one purchase before it, one after). test: t1 (3 purchases, the last on day 19), t2 (1).
 * `stranger` was never exposed.
 */
export async function meanStory(
  server: TestServer,
  overrides: Record<string, unknown> = {},
  people = '',
): Promise<number> {
  const { id, flagKey } = await launchedExperiment(server, overrides);
  const events = [
    event('c1', 'purchase', at(1), { revenue: 99, $session_id: 's0' }),
    exposure(flagKey, 'c1', 'control', at(2, 10)),
    event('c1', 'purchase', at(3), { revenue: 10, $session_id: 's1' }),
    event('c1', 'purchase', at(5), { revenue: 5.5, $session_id: 's1' }),
    exposure(flagKey, 'c2', 'control', at(3)),
    event('c2', '$pageview', at(3, 1)),
    exposure(flagKey, 'c3', 'control', at(4, 12)),
    event('c3', 'purchase', at(4, 9), { revenue: 40 }),
    event('c3', 'purchase', at(4, 13), { revenue: 'not a number', $session_id: 's3' }),
    exposure(flagKey, 't1', 'test', at(2)),
    event('t1', 'purchase', at(2, 5), { revenue: 1, $session_id: 'a' }),
    event('t1', 'purchase', at(10), { revenue: 2, $session_id: 'b' }),
    event('t1', 'purchase', at(19), { revenue: 3, $session_id: 'b' }),
    exposure(flagKey, 't2', 'test', at(5)),
    event('t2', 'purchase', at(6), { plan: 'pro' }),
    event('stranger', 'purchase', at(6)),
  ];
  await capture(
    server,
    events.map((e) => ({ ...e, distinct_id: `${people}${e.distinct_id}` })),
  );
  return id;
}
