const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const shares = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

/** "1,025": people and events are whole numbers, grouped for reading. */
export function formatCount(value: number): string {
  return counts.format(value);
}

/** "51.3%": a share of exposed people. */
export function formatShare(value: number): string {
  return shares.format(value);
}
