/**
 * Re-stains a real H&E image with other dyes, as stains work: colour deconvolution into
 * haematoxylin and eosin amounts (Beer–Lambert, Ruifrok & Johnston 2001 vectors), re-rendered
 * with other optical-density vectors (the same published vectors the negative set uses:
 * tests/fixtures/negatives/stain_negatives.py). For tests of the stain rule.
 */
import type { RgbaImage } from '../../src/core/types';

const unit = (v: number[]) => v.map((x) => x / Math.hypot(...v));
export const DYES = {
  haematoxylin: unit([0.65, 0.704, 0.286]),
  eosin: unit([0.072, 0.99, 0.105]),
  dab: unit([0.268, 0.57, 0.776]),
  lightGreen: unit([0.947, 0.254, 0.197]),
};

/** The inverse of the 3×3 matrix with rows a, b and a × b (so any OD splits into the two dyes plus a rest). */
function inverse(a: number[], b: number[]): number[][] {
  const c = [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
  const m = [a, b, c];
  const det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  const cof = (r: number, s: number) => {
    const rows = [0, 1, 2].filter((i) => i !== r);
    const cols = [0, 1, 2].filter((j) => j !== s);
    return m[rows[0]][cols[0]] * m[rows[1]][cols[1]] - m[rows[0]][cols[1]] * m[rows[1]][cols[0]];
  };
  // inverse[i][j] = cofactor(j, i) / det, with signs.
  return [0, 1, 2].map((i) => [0, 1, 2].map((j) => (((i + j) % 2 ? -1 : 1) * cof(j, i)) / det));
}

/** Haematoxylin becomes `h`, eosin becomes `e` (each scaled by its factor). */
export function restain(img: RgbaImage, h: number[], e: number[], hScale = 1, eScale = 1): RgbaImage {
  const inv = inverse(DYES.haematoxylin, DYES.eosin);
  const data = new Uint8ClampedArray(img.data);
  for (let i = 0; i < data.length; i += 4) {
    const od = [0, 1, 2].map((c) => -Math.log(Math.max(1, data[i + c]) / 255));
    // OD = cH·H + cE·E + cR·(H×E): solve with the inverse (row vector times matrix).
    const cH = Math.max(0, od[0] * inv[0][0] + od[1] * inv[1][0] + od[2] * inv[2][0]) * hScale;
    const cE = Math.max(0, od[0] * inv[0][1] + od[1] * inv[1][1] + od[2] * inv[2][1]) * eScale;
    for (let c = 0; c < 3; c++) data[i + c] = Math.round(255 * Math.exp(-(cH * h[c] + cE * e[c])));
  }
  return { ...img, data };
}
