/**
 * One colour per variant, the same in the exposures chart and every table swatch. Each passes 3:1 against
 * both the light and the dark paper, so one palette serves both themes; red and green are left out, since
 * they mean "worse" and "better" in the results tables.
 */
const PALETTE = ['#4c6ef5', '#e8590c', '#1098ad', '#ae3ec9', '#d6336c', '#0b7285', '#e67700'];

/** `$multiple` and variants the experiment no longer has take the grey. */
const OTHER = '#868e96';

export function variantColor(key: string, variantOrder: readonly string[]): string {
  const at = variantOrder.indexOf(key);
  return at === -1 ? OTHER : (PALETTE[at % PALETTE.length] ?? OTHER);
}
