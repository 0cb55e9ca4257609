/** The split editor's columns: key, name, split, remove (two columns on phones). */
export const VARIANT_GRID = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr 1fr', sm: 'minmax(8rem, 1fr) minmax(8rem, 1.3fr) 7.5rem 2.5rem' },
  gap: 1.5,
  alignItems: 'start',
} as const;
