import { formatValue, round } from './stats';

/** One figure of the benchmark table, always printed next to its floor (and limit, when there is one). */
export interface Figure {
  benchmark: string;
  figure: string;
  unit: 'kB' | 'ms' | 'req/s' | '';
  value: number | null;
  /** The same measure on the floor (the least this stack can do), from the same run. */
  floor: number | null;
  floorLabel?: string;
  /** A budget from an issue, e.g. 250 kB for the dashboard route. */
  limit?: { value: number; higherIsBetter?: boolean; source: string };
  notes?: string;
  /** Set when the figure could not be taken; says why. */
  notMeasured?: string;
  /** Set when the benchmark itself failed (a bug, not a missing page). */
  failed?: boolean;
}

function ratio(f: Figure): string {
  if (f.value === null || f.floor === null || f.floor === 0) return '—';
  const r = f.value / f.floor;
  return `${r.toFixed(r >= 10 ? 1 : r < 0.1 ? 3 : 2)}×`;
}

function limitCell(f: Figure): string {
  if (!f.limit) return '';
  const bound = `${f.limit.higherIsBetter ? '≥' : '≤'} ${formatValue(f.limit.value, f.unit)}`;
  if (f.value === null) return bound;
  const ok = f.limit.higherIsBetter ? f.value >= f.limit.value : f.value <= f.limit.value;
  return `${bound} ${ok ? 'ok' : 'OVER'} (${f.limit.source})`;
}

/** The table as Markdown, so it can be pasted into the README as it is. */
export function renderTable(figures: readonly Figure[]): string {
  const header = ['Benchmark', 'Figure', 'Value', 'Floor', '× floor', 'Limit', 'Notes'];
  const rows = figures.map((f) =>
    f.notMeasured
      ? [
          f.benchmark,
          f.figure,
          'not measured',
          formatValue(f.floor, f.unit),
          '—',
          limitCell(f),
          f.notMeasured,
        ]
      : [
          f.benchmark,
          f.figure,
          formatValue(f.value === null ? null : round(f.value, 1), f.unit),
          formatValue(f.floor === null ? null : round(f.floor, 1), f.unit),
          ratio(f),
          limitCell(f),
          [f.floorLabel ? `floor: ${f.floorLabel}` : '', f.notes ?? ''].filter(Boolean).join('; '),
        ],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
