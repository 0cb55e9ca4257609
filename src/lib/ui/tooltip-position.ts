export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface TooltipPlacement {
  top: number;
  left: number;
  side: 'bottom' | 'top';
}

/** Space kept between the tooltip and the viewport's edges. */
const EDGE = 8;

/**
 * Where a tooltip of `size` goes for an `anchor` (both in viewport pixels, the tooltip's box including
 * its gap): centred below the anchor, above it when it would not fit below but does above, and moved
 * sideways to stay inside the viewport. The same choice MUI's Popper makes for `placement="bottom"`.
 */
export function placeTooltip(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): TooltipPlacement {
  const below = anchor.top + anchor.height;
  const fitsBelow = below + size.height <= viewport.height - EDGE;
  const fitsAbove = anchor.top - size.height >= EDGE;
  const side = !fitsBelow && fitsAbove ? 'top' : 'bottom';
  const centred = anchor.left + anchor.width / 2 - size.width / 2;
  const maxLeft = Math.max(EDGE, viewport.width - EDGE - size.width);
  return {
    side,
    top: side === 'bottom' ? below : anchor.top - size.height,
    left: Math.min(Math.max(centred, EDGE), maxLeft),
  };
}
