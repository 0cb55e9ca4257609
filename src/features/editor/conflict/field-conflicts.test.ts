import { describe, expect, it } from 'vitest';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import type { EditorApiField } from '../form/api-fields';
import { experimentToForm } from '../form/experiment-to-form';
import { findConflicts, rebaseValues } from './field-conflicts';

const base = experimentToForm(makeExperiment({ name: 'Base', description: 'Base text' }));

describe('findConflicts and rebaseValues', () => {
  it.each<[string, Partial<typeof base>, Partial<typeof base>, EditorApiField[], object[]]>([
    [
      'a field changed only on the server',
      { description: 'Theirs' },
      { name: 'Mine' },
      ['name'],
      [{ field: 'description', changedHere: false, needsChoice: false }],
    ],
    [
      'the same field changed on both sides',
      { name: 'Theirs' },
      { name: 'Mine' },
      ['name'],
      [{ field: 'name', changedHere: true, needsChoice: true }],
    ],
    [
      'both sides made the same change',
      { name: 'Same' },
      { name: 'Same' },
      ['name'],
      [{ field: 'name', changedHere: true, needsChoice: false }],
    ],
    [
      'a split change on the server',
      { rolloutPercent: 50 },
      {},
      [],
      [{ field: 'parameters', changedHere: false, needsChoice: false }],
    ],
  ])('lists %s', (_case, serverChanges, myChanges, dirty, expected) => {
    const server = { ...base, ...serverChanges };
    const mine = { ...base, ...myChanges };
    expect(findConflicts(base, server, mine, new Set(dirty))).toEqual(
      expected.map((e) => expect.objectContaining(e)),
    );
  });

  it('keeps mine where I chose it and takes theirs elsewhere', () => {
    const server = { ...base, name: 'Theirs', description: 'Theirs too', rolloutPercent: 50 };
    const mine = { ...base, name: 'Mine', description: 'Mine too', minimumDetectableEffect: 10 };
    const changed = new Set<EditorApiField>(['name', 'description', 'parameters']);
    const conflicts = findConflicts(base, server, mine, changed);
    const merged = rebaseValues(server, mine, changed, new Set(['name']), conflicts);
    expect(merged).toMatchObject({ name: 'Mine', description: 'Theirs too', rolloutPercent: 50 });
    // The split group changed on both sides and I did not choose mine: the server's whole group wins.
    expect(merged.minimumDetectableEffect).toBeNull();
  });
});
