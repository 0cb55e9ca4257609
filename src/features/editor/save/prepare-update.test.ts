import { describe, expect, it } from 'vitest';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import type { EditorApiField } from '../form/api-fields';
import { experimentToForm } from '../form/experiment-to-form';
import { conflictQuestion, resolveConflict, splitChanged, updatableFields } from './prepare-update';

const base = makeExperiment({
  name: 'Base',
  description: 'Base text',
  start_date: '2025-03-01T00:00:00Z',
});

describe('splitChanged', () => {
  it.each<[string, (v: ReturnType<typeof experimentToForm>) => void, boolean]>([
    [
      'a percent',
      (v) => (v.variants = v.variants.map((x, i) => ({ ...x, percent: i ? 40 : 60 }))),
      true,
    ],
    ['the rollout', (v) => (v.rolloutPercent = 80), true],
    [
      'only a variant name',
      (v) => (v.variants = v.variants.map((x) => ({ ...x, name: 'Renamed' }))),
      false,
    ],
    ['only the minimum detectable effect', (v) => (v.minimumDetectableEffect = 10), false],
  ])('%s → %s', (_case, change, expected) => {
    const values = experimentToForm(base);
    change(values);
    expect(splitChanged(values, base)).toBe(expected);
  });
});

describe('conflict resolution', () => {
  const server = {
    ...base,
    name: 'Theirs',
    description: 'Their text',
    updated_at: '2025-04-01T00:00:00Z',
  };
  const mine = { ...experimentToForm(base), name: 'Mine', minimumDetectableEffect: 12 };
  const changed: EditorApiField[] = ['name', 'parameters'];

  it.each<[string, EditorApiField[], EditorApiField[], string]>([
    ['keeping mine sends it', ['name'], ['name', 'parameters'], 'Mine'],
    ['taking theirs drops it from the PATCH', [], ['parameters'], 'Theirs'],
  ])('%s', (_case, keep, fields, name) => {
    const question = conflictQuestion(base, server, mine, changed);
    const resolved = resolveConflict(question, changed, new Set(keep));
    expect(resolved.fields).toEqual(fields);
    expect(resolved.values).toMatchObject({
      name,
      description: 'Their text',
      minimumDetectableEffect: 12,
    });
  });

  it('never sends the fields PostHog fixes at creation', () => {
    expect(updatableFields(['name', 'type', 'feature_flag_key', 'parameters'])).toEqual([
      'name',
      'parameters',
    ]);
  });
});
