/** What the classifier accepts, and the size it decodes large images at. */
import type { ImageHeader } from './image-header';

/** Largest image file read (downloaded or chosen in the popup) before decoding. */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;
/** Below this the model has nothing to look at (its stem alone is 8 px). */
export const MIN_SIDE = 32;
/** Refused before decoding: 50 megapixels is ~200 MB of RGBA. */
export const MAX_PIXELS = 50_000_000;
/** Large images decode straight to this long side (the browser's high-quality downscale), then are area-averaged. */
export const DECODE_MAX_SIDE = 1024;

export type SizeProblem = { code: 'too-small' | 'too-large'; width: number; height: number } | null;

export function checkImageSize({ width, height }: Pick<ImageHeader, 'width' | 'height'>): SizeProblem {
  if (width < MIN_SIDE || height < MIN_SIDE) return { code: 'too-small', width, height };
  if (width * height > MAX_PIXELS) return { code: 'too-large', width, height };
  return null;
}

export function decodeSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, DECODE_MAX_SIDE / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
