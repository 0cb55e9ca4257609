/** Page sizes offered under the table; 25 fits a laptop screen without scrolling far. */
export const PAGE_SIZES = [10, 25, 50, 100];
export const DEFAULT_PAGE_SIZE = 25;
