// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { emptyEditorValues } from '../form/editor-values';
import { readDraft } from './draft-storage';

const KEY = 'experiment-console:editor-draft:v1:7';

/** A draft as the editor wrote it before the exposure could be an action: no `exposureAction`. */
function storeOldDraft(values: Record<string, unknown>, base: unknown) {
  const { exposureAction: _dropped, ...old } = { ...emptyEditorValues(), ...values };
  sessionStorage.setItem(
    KEY,
    JSON.stringify({ values: old, base, savedAt: '2025-01-01T00:00:00Z' }),
  );
}

describe('readDraft of a draft from before exposure actions', () => {
  afterEach(() => sessionStorage.clear());

  it('reads no action when the draft had none', () => {
    storeOldDraft({ customExposure: true, exposureEvent: 'seen' }, null);
    expect(readDraft(7)?.values).toMatchObject({ exposureEvent: 'seen', exposureAction: null });
  });

  it('reads the base’s action where the old form kept it: a custom exposure with no event', () => {
    const base = makeExperiment({
      id: 7,
      exposure_criteria: { exposure_config: { kind: 'ActionsNode', id: 1, name: 'Pricing' } },
    });
    storeOldDraft({ customExposure: true, exposureEvent: '', name: 'Edited' }, base);
    expect(readDraft(7)?.values).toMatchObject({
      name: 'Edited',
      exposureAction: { id: 1, name: 'Pricing' },
    });
    storeOldDraft({ customExposure: true, exposureEvent: 'typed_instead' }, base);
    expect(readDraft(7)?.values.exposureAction).toBeNull();
  });
});
