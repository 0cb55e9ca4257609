import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINT_ACTIONS } from '@/shared';
import { createTestServer, EXPERIMENTS, type TestServer } from '@/testing/server-harness';
import {
  createExperiment,
  dbHash,
  experimentIn,
  expectRejected,
  invalid,
  methodNotAllowed,
  NOT_FOUND,
  type State,
} from '@/testing/server-helpers';

// POST /experiments/{id}/<action>/ — every action in every state (contract §1.3, §3.5).

let server: TestServer;
beforeAll(() => {
  server = createTestServer();
});
afterAll(() => server.close());

const actionUrl = (id: number, action: string) => `${EXPERIMENTS}${id}/${action}/`;
const BODIES: Record<string, unknown> = {
  end: { conclusion: 'won', conclusion_comment: 'Ship it' },
  ship_variant: { variant_key: 'test' },
};

const NOT_LAUNCHED = 'Experiment has not been launched yet.';
const ENDED = 'Experiment has already ended.';
const LAUNCHED = 'Experiment has already been launched.';
const NOT_ENDED = 'Experiment must be ended before it can be archived.';
const NOT_ARCHIVED = 'Experiment is not archived.';

/** What each action does in each state: the state it leads to, or PostHog's refusal. */
type Outcome = { to: State | 'copy' } | { refused: string };
const TABLE: Record<string, Record<State, Outcome>> = {
  launch: {
    draft: { to: 'running' },
    running: { refused: LAUNCHED },
    paused: { refused: LAUNCHED },
    stopped: { refused: LAUNCHED },
    archived: { refused: LAUNCHED },
  },
  pause: {
    draft: { refused: NOT_LAUNCHED },
    running: { to: 'paused' },
    paused: { refused: 'Experiment is already paused.' },
    stopped: { refused: ENDED },
    archived: { refused: ENDED },
  },
  resume: {
    draft: { refused: NOT_LAUNCHED },
    running: { refused: 'Experiment is not paused.' },
    paused: { to: 'running' },
    stopped: { refused: ENDED },
    archived: { refused: ENDED },
  },
  end: {
    draft: { refused: NOT_LAUNCHED },
    running: { to: 'stopped' },
    paused: { to: 'stopped' },
    stopped: { refused: ENDED },
    archived: { refused: ENDED },
  },
  ship_variant: {
    draft: { refused: NOT_LAUNCHED },
    running: { to: 'stopped' },
    paused: { to: 'stopped' },
    stopped: { to: 'stopped' },
    archived: { to: 'archived' },
  },
  archive: {
    draft: { refused: NOT_ENDED },
    running: { refused: NOT_ENDED },
    paused: { refused: NOT_ENDED },
    stopped: { to: 'archived' },
    archived: { refused: 'Experiment is already archived.' },
  },
  unarchive: {
    draft: { refused: NOT_ARCHIVED },
    running: { refused: NOT_ARCHIVED },
    paused: { refused: NOT_ARCHIVED },
    stopped: { refused: NOT_ARCHIVED },
    archived: { to: 'stopped' },
  },
  reset: {
    draft: { refused: 'Experiment is already in draft state.' },
    running: { to: 'draft' },
    paused: { to: 'draft' },
    stopped: { to: 'draft' },
    archived: { to: 'draft' },
  },
  duplicate: {
    draft: { to: 'copy' },
    running: { to: 'copy' },
    paused: { to: 'copy' },
    stopped: { to: 'copy' },
    archived: { to: 'copy' },
  },
};

/** The state an API response shows: its status, or "archived" for an archived one. */
const stateOf = (experiment: { status: string; archived: boolean }) =>
  experiment.archived ? 'archived' : experiment.status;

const CASES = Object.entries(TABLE).flatMap(([action, byState]) =>
  (Object.entries(byState) as [State, Outcome][]).map(([state, outcome]) => ({
    action,
    state,
    outcome,
  })),
);

describe.each(CASES)('$action on a $state experiment', ({ action, state, outcome }) => {
  if ('refused' in outcome) {
    it(`is refused: ${outcome.refused}`, async () => {
      const experiment = await experimentIn(server, state);
      await expectRejected(
        server,
        'POST',
        actionUrl(experiment.id, action),
        BODIES[action],
        400,
        invalid(outcome.refused),
      );
    });
  } else if (outcome.to === 'copy') {
    it('makes a new draft copy (201) and leaves the original as it was', async () => {
      const experiment = await experimentIn(server, state);
      const res = await server.request('POST', actionUrl(experiment.id, action), {});
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        name: `${experiment.name} (Copy)`,
        status: 'draft',
        archived: false,
        start_date: null,
        end_date: null,
        feature_flag_key: experiment.feature_flag_key,
      });
      expect(res.body.id).not.toBe(experiment.id);
      const original = await server.request('GET', `${EXPERIMENTS}${experiment.id}/`);
      expect(stateOf(original.body)).toBe(state);
    });
  } else {
    it(`leads to ${outcome.to}`, async () => {
      const experiment = await experimentIn(server, state);
      const res = await server.request('POST', actionUrl(experiment.id, action), BODIES[action]);
      expect(res.status).toBe(200);
      expect(stateOf(res.body)).toBe(outcome.to);
      const read = await server.request('GET', `${EXPERIMENTS}${experiment.id}/`);
      expect(read.body).toEqual(res.body);
    });
  }
});

describe('what each action writes', () => {
  it('launch sets start_date and switches the flag on', async () => {
    const draft = await createExperiment(server);
    const res = await server.request('POST', actionUrl(draft.id, 'launch'));
    expect(res.body.start_date).toEqual(expect.any(String));
    expect(res.body.end_date).toBeNull();
    expect(res.body.feature_flag.active).toBe(true);
  });

  it('pause and resume only switch the flag', async () => {
    const running = await experimentIn(server, 'running');
    const paused = await server.request('POST', actionUrl(running.id, 'pause'));
    expect(paused.body).toMatchObject({
      status: 'paused',
      start_date: running.start_date,
      end_date: null,
    });
    expect(paused.body.feature_flag.active).toBe(false);
    const resumed = await server.request('POST', actionUrl(running.id, 'resume'));
    expect(resumed.body.status).toBe('running');
    expect(resumed.body.feature_flag.active).toBe(true);
  });

  it('end records the conclusion and leaves the flag alone', async () => {
    const paused = await experimentIn(server, 'paused');
    const res = await server.request('POST', actionUrl(paused.id, 'end'), {
      conclusion: 'stopped_early',
      conclusion_comment: 'Broke checkout',
    });
    expect(res.body).toMatchObject({
      status: 'stopped',
      conclusion: 'stopped_early',
      conclusion_comment: 'Broke checkout',
      end_date: expect.any(String),
    });
    // Paused before, so the flag stays off; a stopped experiment is "stopped", not "paused".
    expect(res.body.feature_flag.active).toBe(false);
  });

  it('end without a body overwrites the conclusion with null', async () => {
    const running = await experimentIn(server, 'running');
    await server.request('PATCH', `${EXPERIMENTS}${running.id}/`, { conclusion: 'won' });
    const res = await server.request('POST', actionUrl(running.id, 'end'));
    expect(res.body).toMatchObject({ conclusion: null, conclusion_comment: null });
  });

  it.each([
    [
      { conclusion: 'bad' },
      invalid('"bad" is not a valid choice.', 'conclusion', 'invalid_choice'),
    ],
    [{ conclusion_comment: 7 }, invalid('Not a valid string.', 'conclusion_comment')],
  ])('end refuses %j', async (body, expected) => {
    const running = await experimentIn(server, 'running');
    await expectRejected(server, 'POST', actionUrl(running.id, 'end'), body, 400, expected);
  });

  it('ship_variant serves the variant to everyone, prepends a group and ends the experiment', async () => {
    const running = await experimentIn(server, 'running');
    const res = await server.request('POST', actionUrl(running.id, 'ship_variant'), {
      variant_key: 'test',
      conclusion: 'won',
    });
    expect(res.body).toMatchObject({
      status: 'stopped',
      conclusion: 'won',
      end_date: expect.any(String),
    });
    expect(res.body.feature_flag.filters.groups).toEqual([
      {
        properties: [],
        rollout_percentage: 100,
        description: 'Added automatically when the experiment was ended to keep only one variant.',
      },
      { properties: [], rollout_percentage: 100 },
    ]);
    expect(res.body.feature_flag.filters.multivariate.variants).toEqual([
      { key: 'control', rollout_percentage: 0 },
      { key: 'test', rollout_percentage: 100 },
    ]);
  });

  it('ship_variant on a stopped experiment keeps its end date and, when not given, its conclusion', async () => {
    const stopped = await experimentIn(server, 'stopped');
    const res = await server.request('POST', actionUrl(stopped.id, 'ship_variant'), {
      variant_key: 'control',
    });
    expect(res.body).toMatchObject({ end_date: stopped.end_date, conclusion: stopped.conclusion });
  });

  it.each([
    [{}, invalid('This field is required.', 'variant_key', 'required')],
    [{ variant_key: 'nope' }, invalid("Variant 'nope' not found on feature flag.")],
  ])('ship_variant refuses %j', async (body, expected) => {
    const running = await experimentIn(server, 'running');
    await expectRejected(
      server,
      'POST',
      actionUrl(running.id, 'ship_variant'),
      body,
      400,
      expected,
    );
  });

  it('reset clears dates, conclusion and archived; the flag stays as it was', async () => {
    const archived = await experimentIn(server, 'archived');
    const res = await server.request('POST', actionUrl(archived.id, 'reset'));
    expect(res.body).toMatchObject({
      status: 'draft',
      start_date: null,
      end_date: null,
      conclusion: null,
      conclusion_comment: null,
      archived: false,
    });
    expect(res.body.feature_flag.active).toBe(true);
  });
});

describe('launch checks the flag', () => {
  it('a deleted flag', async () => {
    const draft = await createExperiment(server);
    server.db
      .prepare('UPDATE feature_flags SET deleted = 1 WHERE id = ?')
      .run(draft.feature_flag.id);
    await expectRejected(
      server,
      'POST',
      actionUrl(draft.id, 'launch'),
      undefined,
      400,
      invalid('Experiment cannot be launched because its feature flag has been deleted.'),
    );
  });

  it.each([
    [
      [{ key: 'control', rollout_percentage: 100 }],
      'Feature flag must have at least 2 variants (control and at least one test variant)',
    ],
    [
      [
        { key: 'a', rollout_percentage: 50 },
        { key: 'b', rollout_percentage: 50 },
      ],
      "Feature flag must have a variant with key 'control'",
    ],
  ])('flag variants %j', async (flagVariants, detail) => {
    const draft = await createExperiment(server);
    const filters = { ...draft.feature_flag.filters, multivariate: { variants: flagVariants } };
    server.db
      .prepare('UPDATE feature_flags SET filters = ? WHERE id = ?')
      .run(JSON.stringify(filters), draft.feature_flag.id);
    await expectRejected(
      server,
      'POST',
      actionUrl(draft.id, 'launch'),
      undefined,
      400,
      invalid(detail),
    );
  });
});

describe('duplicate', () => {
  it('names copies "(Copy)", then "(Copy) 1", "(Copy) 2", and copies metrics and saved-metric links', async () => {
    const saved = await server.request('POST', '/api/projects/1/experiment_saved_metrics/', {
      name: 'Dup saved',
      query: {
        kind: 'ExperimentMetric',
        metric_type: 'mean',
        source: { kind: 'EventsNode', event: 'purchase' },
      },
    });
    const original = await createExperiment(server, {
      name: 'Pricing test',
      metrics: [
        {
          kind: 'ExperimentMetric',
          metric_type: 'mean',
          source: { kind: 'EventsNode', event: 'purchase' },
        },
      ],
      saved_metrics_ids: [{ id: saved.body.id, metadata: { type: 'secondary' } }],
    });
    const names = [];
    for (let i = 0; i < 3; i++) {
      const copy = await server.request('POST', actionUrl(original.id, 'duplicate'), {});
      expect(copy.status).toBe(201);
      names.push(copy.body.name);
      expect(copy.body.metrics).toEqual(original.metrics);
      expect(copy.body.saved_metrics).toEqual([
        expect.objectContaining({
          saved_metric: saved.body.id,
          metadata: { type: 'secondary' },
          experiment: copy.body.id,
        }),
      ]);
    }
    expect(names).toEqual([
      'Pricing test (Copy)',
      'Pricing test (Copy) 1',
      'Pricing test (Copy) 2',
    ]);
  });

  it('with a name and a new flag key: a new flag from the parameters', async () => {
    const original = await createExperiment(server);
    const res = await server.request('POST', actionUrl(original.id, 'duplicate'), {
      name: 'Second run',
      feature_flag_key: 'second-run-flag',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Second run', feature_flag_key: 'second-run-flag' });
    expect(res.body.feature_flag.id).not.toBe(original.feature_flag.id);
    expect(res.body.feature_flag.active).toBe(false);
  });

  it("with another existing flag's key: the copy takes that flag's variants", async () => {
    const other = await createExperiment(server, {
      parameters: {
        feature_flag_variants: [
          { key: 'control', split_percent: 34 },
          { key: 'a', split_percent: 33 },
          { key: 'b', split_percent: 33 },
        ],
      },
    });
    const original = await createExperiment(server);
    const res = await server.request('POST', actionUrl(original.id, 'duplicate'), {
      feature_flag_key: other.feature_flag_key,
    });
    expect(res.body.feature_flag.id).toBe(other.feature_flag.id);
    expect(res.body.parameters.feature_flag_variants.map((v: { key: string }) => v.key)).toEqual([
      'control',
      'a',
      'b',
    ]);
  });

  it('refuses a legacy-metric experiment with a bare {detail}', async () => {
    const original = await createExperiment(server);
    server.db
      .prepare('UPDATE experiments SET metrics = ? WHERE id = ?')
      .run(JSON.stringify([{ kind: 'ExperimentFunnelsQuery' }]), original.id);
    await expectRejected(server, 'POST', actionUrl(original.id, 'duplicate'), {}, 400, {
      detail: 'Duplication is not supported for experiments using legacy metrics.',
    });
  });

  it.each([
    [
      { feature_flag_key: 'bad key' },
      invalid(
        'Only letters, numbers, hyphens (-) & underscores (_) are allowed.',
        'key',
        'invalid_key',
      ),
    ],
    [{ name: '' }, invalid('This field may not be blank.', 'name', 'blank')],
  ])('refuses %j', async (body, expected) => {
    const original = await createExperiment(server);
    await expectRejected(server, 'POST', actionUrl(original.id, 'duplicate'), body, 400, expected);
  });
});

describe('routing of actions', () => {
  it.each(ENDPOINT_ACTIONS)('%s on an experiment that does not exist is a 404', async (action) => {
    await expectRejected(server, 'POST', actionUrl(424242, action), BODIES[action], 404, NOT_FOUND);
  });

  it.each(['explode', 'toString', 'constructor'])(
    'an unknown action (%s) is a 404',
    async (name) => {
      const draft = await createExperiment(server);
      await expectRejected(server, 'POST', actionUrl(draft.id, name), undefined, 404, NOT_FOUND);
    },
  );

  it.each(['GET', 'PUT', 'PATCH', 'DELETE'])('%s on an action is a 405', async (method) => {
    const draft = await createExperiment(server);
    await expectRejected(
      server,
      method,
      actionUrl(draft.id, 'launch'),
      undefined,
      405,
      methodNotAllowed(method),
    );
  });

  it('works without the trailing slash', async () => {
    const draft = await createExperiment(server);
    const res = await server.request('POST', `${EXPERIMENTS}${draft.id}/launch`);
    expect(res.body.status).toBe('running');
  });

  it('every refusal in the table changed nothing (spot check of the whole database)', async () => {
    const archived = await experimentIn(server, 'archived');
    const before = dbHash(server.db);
    for (const action of ['launch', 'pause', 'resume', 'end', 'archive']) {
      const res = await server.request('POST', actionUrl(archived.id, action), BODIES[action]);
      expect(res.status).toBe(400);
    }
    expect(dbHash(server.db)).toBe(before);
  });
});
