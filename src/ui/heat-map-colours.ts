/**
 * Heat-map cells → RGBA pixels: a transparent-to-opaque yellow→red ramp, so low relevance
 * leaves the tissue visible and high relevance covers it. Pure (tested without a DOM).
 */
import type { HeatMap } from '../core/grad-cam';

/** Bilinear upsampling of the map to `size`×`size` RGBA, alpha scaled by relevance × opacity. */
export function heatMapPixels(map: HeatMap, size: number, opacity: number): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(new ArrayBuffer(size * size * 4));
  const at = (r: number, c: number) => map.values[Math.min(map.rows - 1, Math.max(0, r)) * map.cols + Math.min(map.cols - 1, Math.max(0, c))];
  for (let y = 0; y < size; y++) {
    const fy = ((y + 0.5) / size) * map.rows - 0.5;
    const r0 = Math.floor(fy);
    const wy = fy - r0;
    for (let x = 0; x < size; x++) {
      const fx = ((x + 0.5) / size) * map.cols - 0.5;
      const c0 = Math.floor(fx);
      const wx = fx - c0;
      const v = (1 - wy) * ((1 - wx) * at(r0, c0) + wx * at(r0, c0 + 1)) + wy * ((1 - wx) * at(r0 + 1, c0) + wx * at(r0 + 1, c0 + 1));
      const o = (y * size + x) * 4;
      out[o] = 255;
      out[o + 1] = Math.round(230 * (1 - v));
      out[o + 2] = 0;
      out[o + 3] = Math.round(255 * opacity * Math.min(1, v * 1.2));
    }
  }
  return out;
}

const ROWS = ['top', 'middle', 'bottom'];
const COLS = ['left', 'centre', 'right'];

/** Where the map is strongest, in words ("top right"), for screen readers and as a caption. */
export function strongestRegion(map: HeatMap): string {
  const sums = Array.from({ length: 9 }, () => 0);
  map.values.forEach((v, i) => {
    const r = Math.min(2, Math.floor(((Math.floor(i / map.cols) + 0.5) / map.rows) * 3));
    const c = Math.min(2, Math.floor((((i % map.cols) + 0.5) / map.cols) * 3));
    sums[r * 3 + c] += v;
  });
  const best = sums.indexOf(Math.max(...sums));
  const [r, c] = [Math.floor(best / 3), best % 3];
  return r === 1 && c === 1 ? 'centre' : r === 1 ? `${COLS[c]} side` : c === 1 ? `${ROWS[r]} centre` : `${ROWS[r]} ${COLS[c]}`;
}
