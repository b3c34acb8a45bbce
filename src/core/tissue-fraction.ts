/**
 * Which pixels look like stained tissue rather than blank glass/paper background. H&E
 * background is near-white and unsaturated; stained tissue is darker or pink/purple. Shared
 * by the image statistics and by tissue coverage (tissue-coverage.ts), which the input check's
 * "too little tissue" rule and the tile map's background skip use.
 */

/** A pixel is background when it is this bright (min channel) and this grey (max − min). */
export const BACKGROUND_MIN_CHANNEL = 215;
export const BACKGROUND_MAX_CHROMA = 18;

export function isBackgroundPixel(r: number, g: number, b: number): boolean {
  const lo = Math.min(r, g, b);
  return lo >= BACKGROUND_MIN_CHANNEL && Math.max(r, g, b) - lo <= BACKGROUND_MAX_CHROMA;
}
