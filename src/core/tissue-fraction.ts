/**
 * Share of pixels that look like stained tissue rather than blank glass/paper background.
 * H&E background is near-white and unsaturated; stained tissue is darker or pink/purple.
 * Shared by the input check and the tile map (which skips background tiles).
 */
import type { RgbaImage } from './types';

/** A pixel is background when it is this bright (min channel) and this grey (max − min). */
export const BACKGROUND_MIN_CHANNEL = 215;
export const BACKGROUND_MAX_CHROMA = 18;

export function isBackgroundPixel(r: number, g: number, b: number): boolean {
  const lo = Math.min(r, g, b);
  return lo >= BACKGROUND_MIN_CHANNEL && Math.max(r, g, b) - lo <= BACKGROUND_MAX_CHROMA;
}

/** Fraction (0..1) of pixels that are not background; samples every `step`-th pixel for speed. */
export function tissueFraction(image: RgbaImage, step = 1): number {
  const { data, width, height } = image;
  let tissue = 0;
  let total = 0;
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) {
      const i = (y * width + x) * 4;
      total++;
      if (!isBackgroundPixel(data[i], data[i + 1], data[i + 2])) tissue++;
    }
  }
  return total === 0 ? 0 : tissue / total;
}
