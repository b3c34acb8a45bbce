/** Which pixels look like stained tissue rather than near-white, unsaturated glass or paper. */

/** A pixel is background when it is this bright (min channel) and this grey (max − min). */
export const BACKGROUND_MIN_CHANNEL = 215;
export const BACKGROUND_MAX_CHROMA = 18;

export function isBackgroundPixel(r: number, g: number, b: number): boolean {
  const lo = Math.min(r, g, b);
  return lo >= BACKGROUND_MIN_CHANNEL && Math.max(r, g, b) - lo <= BACKGROUND_MAX_CHROMA;
}
