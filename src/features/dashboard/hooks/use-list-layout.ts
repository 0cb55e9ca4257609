import useMediaQuery from '@mui/material/useMediaQuery';
import { CARD_LAYOUT_QUERY, WIDE_COLUMNS_QUERY } from '../utils/dashboard-columns';

/**
 * How much room the list has: cards on screens too narrow for a table, the extra columns on wide ones. Read on
 * the first render, so a phone never flashes a table.
 */
export function useListLayout(): { cards: boolean; wide: boolean } {
  const cards = useMediaQuery(CARD_LAYOUT_QUERY, { noSsr: true });
  const wide = useMediaQuery(WIDE_COLUMNS_QUERY, { noSsr: true });
  return { cards, wide };
}
