// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { VariantValue } from '../../form/editor-values';
import { renderEditorPart } from '../../testing/render-editor-part';
import { SplitEditor } from './split-editor';

const variants = (...rows: [string, number][]): VariantValue[] =>
  rows.map(([key, percent]) => ({ key, name: '', percent }));
const percents = (values: { variants: VariantValue[] }) => values.variants.map((v) => v.percent);
const split = (n: number) => screen.getByRole('spinbutton', { name: `Variant ${n} split` });

// Many keystrokes through MUI inputs in jsdom: slow steps, not slow waits.
describe('SplitEditor', { timeout: 30_000 }, () => {
  it('with two variants, setting one sets the other to the rest', async () => {
    const { values } = renderEditorPart(<SplitEditor />);
    await userEvent.clear(split(1));
    await userEvent.type(split(1), '70');
    expect(split(2)).toHaveValue(30);
    expect(percents(values())).toEqual([70, 30]);
    expect(screen.getByText('Total 100%')).toBeInTheDocument();
  });

  it('adds a variant with a free key and spreads the split evenly, 34/33/33', async () => {
    const { values } = renderEditorPart(<SplitEditor />);
    await userEvent.click(screen.getByRole('button', { name: 'Add variant' }));
    expect(screen.getByRole('textbox', { name: 'Variant 3 key' })).toHaveValue('test-2');
    expect(percents(values())).toEqual([34, 33, 33]);
  });

  it.each([
    [
      [
        ['control', 50],
        ['a', 25],
        ['b', 25],
      ],
      [50, 25, 25],
    ],
    [
      [
        ['control', 90],
        ['a', 5],
        ['b', 5],
      ],
      [34, 33, 33],
    ],
  ] as [[string, number][], number[]][])('distributes %j evenly', async (rows, _before) => {
    const { values } = renderEditorPart(<SplitEditor />, {
      values: { variants: variants(...rows) },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Distribute evenly' }));
    expect(percents(values())).toEqual([34, 33, 33]);
  });

  it('shows the running total as an error until it is 100', async () => {
    renderEditorPart(<SplitEditor />, {
      values: { variants: variants(['control', 34], ['a', 33], ['b', 33]) },
    });
    await userEvent.clear(split(1));
    await userEvent.type(split(1), '50');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Total 116%: the split must add up to exactly 100%.',
    );
  });

  it('never removes control, nor goes below two variants, and says why', () => {
    renderEditorPart(<SplitEditor />);
    expect(screen.getByRole('button', { name: 'Remove variant 1' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Remove variant 2' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Variant 1 key' })).toHaveAttribute('readonly');
  });

  it('removes a variant, spreads the split, and can undo it', async () => {
    const { values } = renderEditorPart(<SplitEditor />, {
      values: { variants: variants(['control', 40], ['a', 40], ['b', 20]) },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Remove variant 2' }));
    expect(values().variants.map((v) => [v.key, v.percent])).toEqual([
      ['control', 50],
      ['b', 50],
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(values().variants.map((v) => [v.key, v.percent])).toEqual([
      ['control', 40],
      ['a', 40],
      ['b', 20],
    ]);
  });

  it('stops at 20 variants', () => {
    const rows = Array.from({ length: 20 }, (_, i) => [i === 0 ? 'control' : `v${i}`, 5]);
    renderEditorPart(<SplitEditor />, {
      values: { variants: variants(...(rows as [string, number][])) },
    });
    expect(screen.getByRole('button', { name: 'Add variant' })).toBeDisabled();
  });

  it('locks keys, adding and removing after launch, but not the split', async () => {
    const { values } = renderEditorPart(<SplitEditor />, {
      mode: { kind: 'edit', launched: true },
    });
    expect(screen.getByText(/PostHog locks variant keys/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Variant 2 key' })).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Add variant' })).toBeDisabled();
    const row = screen.getByRole('group', { name: 'Variant 2' });
    expect(within(row).getByRole('button', { name: 'Remove variant 2' })).toBeDisabled();
    await userEvent.clear(split(2));
    await userEvent.type(split(2), '25');
    expect(percents(values())).toEqual([75, 25]);
  });

  it('marks a repeated key on its row', async () => {
    renderEditorPart(<SplitEditor />, {
      values: { variants: variants(['control', 50], ['a', 50]) },
    });
    const key = screen.getByRole('textbox', { name: 'Variant 2 key' });
    await userEvent.clear(key);
    await userEvent.type(key, 'bad key');
    await userEvent.tab();
    expect(
      await screen.findByText('Only letters, numbers, hyphens (-) and underscores (_).'),
    ).toBeVisible();
  });
});
