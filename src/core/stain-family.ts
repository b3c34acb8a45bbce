// Is an input's stain H&E at all? The angle from each of its two Macenko vectors to the nearest
// H or E vector known from training and other laboratories (training/fit_input_check.py): real
// H&E lies close; DAB, AEC, trichrome blues and greens, silver or fluorescence do not.
import { estimateStain, type StainEstimate, type StainNormalisation } from './stain-normalise';

export interface StainFamily {
  /** Block-averaging and wider percentiles keep dithering and JPEG noise out of the estimate. */
  estimate: { pool: number; alpha: number; stride: number };
  haematoxylin: number[][];
  eosin: number[][];
  /** Largest angle (radians) to the nearest known H, and E, vector that still counts as H&E. */
  maxAngle: [number, number];
  /**
   * Flag (not refuse) "unlike the H&E images" from this `stainFamilyRatio` on: the 99.5th
   * percentile on LC25000 validation images (training/fit_input_check.py).
   */
  unlikeAbove?: number;
}

function nearestAngle(v: number[], known: number[][]): number {
  let best = Math.PI;
  for (const k of known) {
    const dot = Math.abs(v[0] * k[0] + v[1] * k[1] + v[2] * k[2]);
    best = Math.min(best, Math.acos(Math.min(1, dot)));
  }
  return best;
}

export function familyStain(rgb: Float32Array, width: number, height: number, reference: StainNormalisation, family: StainFamily): StainEstimate | null {
  const { pool, alpha, stride } = family.estimate;
  const w = Math.floor(width / pool);
  const h = Math.floor(height / pool);
  const pooled = new Float32Array(w * h * 3);
  const scale = 1 / (pool * pool);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let dy = 0; dy < pool; dy++) for (let dx = 0; dx < pool; dx++) sum += rgb[((y * pool + dy) * width + x * pool + dx) * 3 + c];
        pooled[(y * w + x) * 3 + c] = sum * scale;
      }
    }
  }
  return estimateStain(pooled, w, h, { ...reference, alpha, stride });
}

export function stainFamilyDistance(stain: Pick<StainEstimate, 'stains'>, family: StainFamily): [number, number] {
  return [nearestAngle(stain.stains[0], family.haematoxylin), nearestAngle(stain.stains[1], family.eosin)];
}

/** The larger of the H and E distances, in units of their `maxAngle` (1 and above: refused at standard strictness). */
export function stainFamilyRatio(distance: [number, number], family: StainFamily): number {
  return Math.max(distance[0] / family.maxAngle[0], distance[1] / family.maxAngle[1]);
}
