import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, EXPERIMENTS, type TestServer } from '@/testing/server-harness';
import {
  expectRejected,
  experimentIn,
  PERMISSION_DENIED,
  STATES,
  type State,
} from '@/testing/server-helpers';

// A viewer may read an experiment but every write is a 403 permission_denied, and changes nothing.

let server: TestServer;
beforeAll(() => {
  server = createTestServer();
});
afterAll(() => server.close());

async function viewerExperimentIn(state: State) {
  const experiment = await experimentIn(server, state);
  server.db
    .prepare("UPDATE experiments SET access_level = 'viewer' WHERE id = ?")
    .run(experiment.id);
  return experiment;
}

const WRITES: [string, string, unknown][] = [
  ['PATCH', '', { name: 'Viewer rename' }],
  ['PATCH', '', { deleted: true }],
  ['PATCH', '', { archived: true }],
  ['PATCH', '', { name: '' }],
  ['PATCH', '', { type: 'web' }],
  ['PUT', '', { name: 'Viewer put', feature_flag_key: 'whatever' }],
  ['POST', 'launch/', undefined],
  ['POST', 'pause/', undefined],
  ['POST', 'resume/', undefined],
  ['POST', 'end/', { conclusion: 'won' }],
  ['POST', 'end/', { conclusion: 'not-a-choice' }],
  ['POST', 'ship_variant/', { variant_key: 'test' }],
  ['POST', 'archive/', undefined],
  ['POST', 'unarchive/', undefined],
  ['POST', 'reset/', undefined],
  ['POST', 'duplicate/', {}],
];

describe.each(STATES)('a viewer on a %s experiment', (state) => {
  let id: number;
  beforeAll(async () => {
    id = (await viewerExperimentIn(state)).id;
  });

  it('can read it, with user_access_level "viewer"', async () => {
    const res = await server.request('GET', `${EXPERIMENTS}${id}/`);
    expect(res.status).toBe(200);
    expect(res.body.user_access_level).toBe('viewer');
  });

  it.each(WRITES)('%s %s %j is a 403 that changes nothing', async (method, suffix, body) => {
    await expectRejected(
      server,
      method,
      `${EXPERIMENTS}${id}/${suffix}`,
      body,
      403,
      PERMISSION_DENIED,
    );
  });
});

it('a viewer cannot restore a soft-deleted experiment either', async () => {
  const experiment = await viewerExperimentIn('draft');
  server.db.prepare('UPDATE experiments SET deleted = 1 WHERE id = ?').run(experiment.id);
  await expectRejected(
    server,
    'PATCH',
    `${EXPERIMENTS}${experiment.id}/`,
    { deleted: false },
    403,
    PERMISSION_DENIED,
  );
});

it('an editor is not affected by a viewer-level experiment next to it', async () => {
  await viewerExperimentIn('draft');
  const editable = await experimentIn(server, 'draft');
  const res = await server.request('PATCH', `${EXPERIMENTS}${editable.id}/`, {
    name: 'Editor rename',
  });
  expect(res).toMatchObject({
    status: 200,
    body: { name: 'Editor rename', user_access_level: 'editor' },
  });
});
