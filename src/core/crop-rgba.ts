/** A square window of an RGBA image, copied row by row (pure TypeScript, no canvas). */
import type { RgbaImage } from './types';

export function cropRgba(image: RgbaImage, x: number, y: number, size: number): RgbaImage {
  const w = Math.min(size, image.width - x);
  const h = Math.min(size, image.height - y);
  if (!(w > 0 && h > 0) || x < 0 || y < 0) throw new Error(`window ${x},${y} ${size}px is outside the ${image.width}×${image.height} image`);
  const data = new Uint8ClampedArray(w * h * 4);
  for (let row = 0; row < h; row++) {
    const from = ((y + row) * image.width + x) * 4;
    data.set(image.data.subarray(from, from + w * 4), row * w * 4);
  }
  return { width: w, height: h, data };
}
