import { describe, expect, it } from 'vitest';
import {
  LIFECYCLE_ACTIONS,
  lifecyclePermissions,
  type LifecycleAction,
  type LifecycleInput,
} from './lifecycle';

const flag = (active: boolean, keys = ['control', 'test']) => ({
  active,
  deleted: false,
  filters: { multivariate: { variants: keys.map((key) => ({ key })) } },
});
const START = '2026-01-01T00:00:00Z';
const END = '2026-02-01T00:00:00Z';

const STATES: Record<string, LifecycleInput> = {
  draft: { start_date: null, end_date: null, feature_flag: flag(false) },
  running: { start_date: START, end_date: null, feature_flag: flag(true) },
  paused: { start_date: START, end_date: null, feature_flag: flag(false) },
  stopped: { start_date: START, end_date: END, feature_flag: flag(true) },
  archived: { start_date: START, end_date: END, feature_flag: flag(true), archived: true },
};

// Allowed actions per state; every other action must be refused with a reason.
const ALLOWED: Record<string, LifecycleAction[]> = {
  draft: ['launch', 'duplicate', 'delete'],
  running: ['pause', 'end', 'ship_variant', 'reset', 'duplicate', 'delete'],
  paused: ['resume', 'end', 'ship_variant', 'reset', 'duplicate', 'delete'],
  stopped: ['ship_variant', 'archive', 'reset', 'duplicate', 'delete'],
  archived: ['ship_variant', 'unarchive', 'reset', 'duplicate', 'delete'],
};

describe('lifecyclePermissions over every state', () => {
  it.each(Object.keys(STATES))('%s', (state) => {
    const permissions = lifecyclePermissions(STATES[state] as LifecycleInput);
    for (const action of LIFECYCLE_ACTIONS) {
      const permission = permissions[action];
      if (ALLOWED[state]?.includes(action)) expect(permission, action).toEqual({ allowed: true });
      else expect(permission.allowed ? '' : permission.reason, action).toMatch(/\w+/);
    }
  });

  it.each([
    ['launch', 'running', 'Experiment has already been launched.'],
    ['pause', 'draft', 'Experiment has not been launched yet.'],
    ['pause', 'stopped', 'Experiment has already ended.'],
    ['pause', 'paused', 'Experiment is already paused.'],
    ['resume', 'running', 'Experiment is not paused.'],
    ['end', 'stopped', 'Experiment has already ended.'],
    ['archive', 'running', 'Experiment must be ended before it can be archived.'],
    ['archive', 'archived', 'Experiment is already archived.'],
    ['unarchive', 'stopped', 'Experiment is not archived.'],
    ['reset', 'draft', 'Experiment is already in draft state.'],
    ['ship_variant', 'draft', 'Experiment has not been launched yet.'],
  ] as const)('%s while %s says "%s"', (action, state, reason) => {
    expect(lifecyclePermissions(STATES[state] as LifecycleInput)[action]).toEqual({
      allowed: false,
      reason,
    });
  });

  it('blocks launch on a flag without control or with one variant, or a deleted flag', () => {
    const draft = STATES.draft as LifecycleInput;
    expect(
      lifecyclePermissions({ ...draft, feature_flag: flag(false, ['a', 'b']) }).launch,
    ).toEqual({
      allowed: false,
      reason: "Feature flag must have a variant with key 'control'",
    });
    expect(
      lifecyclePermissions({ ...draft, feature_flag: flag(false, ['control']) }).launch,
    ).toMatchObject({ allowed: false });
    expect(
      lifecyclePermissions({ ...draft, feature_flag: { ...flag(false), deleted: true } }).launch,
    ).toEqual({
      allowed: false,
      reason: 'Experiment cannot be launched because its feature flag has been deleted.',
    });
  });

  it('refuses every action to a viewer, and treats a missing access level as full access', () => {
    const viewer = lifecyclePermissions({
      ...(STATES.running as LifecycleInput),
      user_access_level: 'viewer',
    });
    expect(Object.values(viewer).every((p) => !p.allowed)).toBe(true);
    expect(
      lifecyclePermissions({ ...(STATES.running as LifecycleInput), user_access_level: null }).pause
        .allowed,
    ).toBe(true);
  });

  it('refuses to duplicate an experiment with legacy metrics', () => {
    const legacy = {
      ...(STATES.stopped as LifecycleInput),
      metrics: [{ kind: 'ExperimentTrendsQuery' }],
    };
    expect(lifecyclePermissions(legacy).duplicate).toEqual({
      allowed: false,
      reason: 'Duplication is not supported for experiments using legacy metrics.',
    });
  });

  it("refuses flag actions on a launched experiment without a flag, with PostHog's two wordings", () => {
    const flagless: LifecycleInput = { start_date: START, end_date: null, feature_flag: null };
    const permissions = lifecyclePermissions(flagless);
    expect(permissions.pause).toEqual({
      allowed: false,
      reason: 'Experiment does not have a feature flag linked.',
    });
    expect(permissions.resume).toEqual(permissions.pause);
    expect(permissions.ship_variant).toEqual({
      allowed: false,
      reason: 'Experiment does not have a linked feature flag.',
    });
    // Without a flag the experiment reads as running, so it can still be ended.
    expect(permissions.end).toEqual({ allowed: true });
  });

  it('treats a stopped experiment whose flag is off as stopped, not paused', () => {
    const stoppedFlagOff: LifecycleInput = {
      start_date: START,
      end_date: END,
      feature_flag: flag(false),
    };
    const permissions = lifecyclePermissions(stoppedFlagOff);
    expect(permissions.resume).toEqual({ allowed: false, reason: 'Experiment has already ended.' });
    expect(permissions.archive).toEqual({ allowed: true });
  });
});
