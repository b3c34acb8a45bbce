/** Where a card goes for the `overlayPosition` setting, always kept on screen. */
import type { OverlayPosition } from '../shared/settings';

export const CARD_WIDTH = 300;
const GAP = 8;

export function placeOverlay(
  anchor: DOMRect | null,
  viewport: { width: number; height: number },
  position: OverlayPosition = 'auto',
): { left: number; top: number } {
  if (!anchor) return { left: Math.max(GAP, viewport.width - CARD_WIDTH - 16), top: 16 };
  const top = Math.min(Math.max(anchor.top, GAP), Math.max(GAP, viewport.height - 120));
  const right = anchor.right + GAP + CARD_WIDTH <= viewport.width ? { left: anchor.right + GAP, top } : null;
  const left = anchor.left - GAP - CARD_WIDTH >= 0 ? { left: anchor.left - GAP - CARD_WIDTH, top } : null;
  const over = {
    left: Math.min(Math.max(anchor.left + GAP, GAP), Math.max(GAP, viewport.width - CARD_WIDTH - GAP)),
    top: top + GAP,
  };
  if (position === 'over') return over;
  if (position === 'left') return left ?? right ?? over;
  return right ?? left ?? over;
}
