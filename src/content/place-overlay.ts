/** Where an overlay card goes: right of the image if there is room, else over its top-left corner. */
export const CARD_WIDTH = 300;
const GAP = 8;

export function placeOverlay(anchor: DOMRect | null, viewport: { width: number; height: number }): { left: number; top: number } {
  if (!anchor) return { left: Math.max(GAP, viewport.width - CARD_WIDTH - 16), top: 16 };
  const top = Math.min(Math.max(anchor.top, GAP), Math.max(GAP, viewport.height - 120));
  if (anchor.right + GAP + CARD_WIDTH <= viewport.width) return { left: anchor.right + GAP, top };
  if (anchor.left - GAP - CARD_WIDTH >= 0) return { left: anchor.left - GAP - CARD_WIDTH, top };
  return { left: Math.min(Math.max(anchor.left + GAP, GAP), Math.max(GAP, viewport.width - CARD_WIDTH - GAP)), top: top + GAP };
}
