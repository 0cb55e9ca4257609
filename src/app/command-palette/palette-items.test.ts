import { describe, expect, it, vi } from 'vitest';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { paletteGroups, type PaletteInput } from './palette-items';

const base: PaletteInput = {
  query: '',
  recent: [],
  found: undefined,
  savedViews: [],
  experiment: undefined,
  copyFlagKey: () => {},
};
const labels = (input: Partial<PaletteInput>) =>
  paletteGroups({ ...base, ...input }).map((g) => [g.label, g.items.map((i) => i.label)]);

describe('the command palette lines', () => {
  it('offers recently visited experiments, the views and New experiment while nothing is typed', () => {
    const groups = paletteGroups({
      ...base,
      recent: [{ id: 7, name: 'Checkout copy' }],
      savedViews: [{ id: 'v', name: 'My live tests', query: 'status=running&creator=me' }],
    });
    expect(groups.map((g) => g.label)).toEqual(['Recently visited', 'Views', 'Create']);
    expect(groups[0]!.items[0]).toMatchObject({ label: 'Checkout copy', href: '/experiments/7' });
    expect(groups[1]!.items[0]).toMatchObject({
      label: 'My live tests',
      hint: 'Saved view',
      href: '/experiments?status=running&creator=me',
    });
  });

  it("shows the server's name matches once typed, and filters the rest by every word", () => {
    const found = [makeExperiment({ id: 3, name: 'Checkout button copy' })];
    expect(labels({ query: 'all exp', found })).toEqual([
      ['Experiments', ['Checkout button copy']],
      ['Views', ['All experiments']],
    ]);
    expect(labels({ query: 'stop', found: [] })).toEqual([['Views', ['Stopped']]]);
    expect(labels({ query: 'zzz', found: [] })).toEqual([]);
  });

  it("lists the experiment in view's actions, those it can do first, the others with the page's reason", () => {
    const copy = vi.fn();
    const draft = makeExperiment({ id: 9, name: 'Pricing page' });
    const [actions] = paletteGroups({ ...base, experiment: draft, copyFlagKey: copy });
    expect(actions!.label).toBe('“Pricing page”');
    const launch = actions!.items.find((i) => i.label === 'Launch');
    expect(launch).toMatchObject({ href: '/experiments/9?action=launch' });
    expect(launch!.disabledReason).toBeUndefined();
    const pause = actions!.items.find((i) => i.label === 'Pause');
    expect(pause!.disabledReason).toMatch(/^Cannot pause the experiment: /);
    const firstRefused = actions!.items.findIndex((i) => i.disabledReason);
    expect(actions!.items.slice(firstRefused).every((i) => i.disabledReason)).toBe(true);
    actions!.items.find((i) => i.label === 'Copy the flag key')!.run!();
    expect(copy).toHaveBeenCalledWith(draft.feature_flag_key);
  });
});
