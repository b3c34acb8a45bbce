/** k×k tiles shrunk back to one tile's size by area averaging: the same tissue at 1/k magnification (as training/shift.py's mosaic). */
import type { RgbaImage } from '../../src/core/types';

export function shrinkMosaic(tiles: RgbaImage[], k: number): RgbaImage {
  const s = tiles[0].width;
  const out = new Uint8Array(s * s * 4);
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      const acc = [0, 0, 0];
      for (let dy = 0; dy < k; dy++) {
        for (let dx = 0; dx < k; dx++) {
          const X = x * k + dx;
          const Y = y * k + dy;
          const tile = tiles[(Math.floor(Y / s) * k + Math.floor(X / s)) % tiles.length];
          const i = ((Y % s) * s + (X % s)) * 4;
          for (let c = 0; c < 3; c++) acc[c] += tile.data[i + c];
        }
      }
      for (let c = 0; c < 3; c++) out[(y * s + x) * 4 + c] = Math.round(acc[c] / (k * k));
      out[(y * s + x) * 4 + 3] = 255;
    }
  }
  return { width: s, height: s, data: out };
}
