// Macenko stain normalisation (ISBI 2009), in place on the model-size image, so another
// laboratory's H&E shades do not fool the model. A step-for-step port of training/stain.py:
// the same numbers give the same pixels, which a parity test checks.
import { symmetricEigen3 } from './symmetric-eigen3';

export interface StainNormalisation {
  method: 'macenko';
  stains: [number[], number[]];
  maxConcentrations: [number, number];
  beta: number;
  alpha: number;
  minTissue: number;
  stride: number;
  /** Stain angle (radians) beyond which an input counts as unlike the training images (input-shift.ts). */
  unlikeAngle?: number;
}

export interface StainEstimate {
  stains: [number[], number[]];
  maxConcentrations: [number, number];
  tissueFraction: number;
  /** Variance outside the two-stain plane: near 0 for H&E, larger when a third dye adds colours. */
  thirdStainShare: number;
}

const IO = 255;
const MIN_PIXELS = 16;

export function select(v: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = v[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (v[i] < pivot) i++;
      while (v[j] > pivot) j--;
      if (i <= j) {
        const t = v[i];
        v[i] = v[j];
        v[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return v[k];
}

export function quantile(v: Float64Array, n: number, q: number): number {
  const pos = q * (n - 1);
  const lo = Math.floor(pos);
  const a = select(v, n, lo);
  if (lo + 1 >= n || pos === lo) return a;
  // After selecting lo, everything above index lo is ≥ a: the next order statistic is their minimum.
  let b = Infinity;
  for (let i = lo + 1; i < n; i++) if (v[i] < b) b = v[i];
  return a + (b - a) * (pos - lo);
}

const od = (value01: number) => -Math.log((value01 * 255 + 1) / (IO + 1));

function pseudoInverse(h: number[], e: number[]): [number[], number[]] {
  const hh = h[0] * h[0] + h[1] * h[1] + h[2] * h[2];
  const ee = e[0] * e[0] + e[1] * e[1] + e[2] * e[2];
  const he = h[0] * e[0] + h[1] * e[1] + h[2] * e[2];
  const det = hh * ee - he * he;
  return [0, 1].map((row) =>
    [0, 1, 2].map((k) => (row === 0 ? ee * h[k] - he * e[k] : hh * e[k] - he * h[k]) / det),
  ) as [number[], number[]];
}

export function estimateStain(rgb: Float32Array, width: number, height: number, p: StainNormalisation): StainEstimate | null {
  const cols = Math.ceil(width / p.stride);
  const rows = Math.ceil(height / p.stride);
  const tissue = new Float64Array(cols * rows * 3);
  let n = 0;
  for (let y = 0; y < height; y += p.stride) {
    for (let x = 0; x < width; x += p.stride) {
      const i = (y * width + x) * 3;
      const r = od(rgb[i]);
      const g = od(rgb[i + 1]);
      const b = od(rgb[i + 2]);
      if (r > p.beta && g > p.beta && b > p.beta) {
        tissue[n * 3] = r;
        tissue[n * 3 + 1] = g;
        tissue[n * 3 + 2] = b;
        n++;
      }
    }
  }
  const tissueFraction = n / (cols * rows);
  if (n < MIN_PIXELS) return null;

  const mean = [0, 0, 0];
  for (let j = 0; j < n; j++) for (let c = 0; c < 3; c++) mean[c] += tissue[j * 3 + c];
  for (let c = 0; c < 3; c++) mean[c] /= n;
  const cov = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let j = 0; j < n; j++) {
    const d0 = tissue[j * 3] - mean[0];
    const d1 = tissue[j * 3 + 1] - mean[1];
    const d2 = tissue[j * 3 + 2] - mean[2];
    cov[0] += d0 * d0; cov[1] += d0 * d1; cov[2] += d0 * d2;
    cov[4] += d1 * d1; cov[5] += d1 * d2; cov[8] += d2 * d2;
  }
  cov[3] = cov[1]; cov[6] = cov[2]; cov[7] = cov[5];
  for (let k = 0; k < 9; k++) cov[k] /= n - 1;

  const { vectors, values } = symmetricEigen3(cov);
  const variance = values[0] + values[1] + values[2];
  const thirdStainShare = variance > 0 ? Math.max(0, values[2]) / variance : 0;
  const [u, w] = [vectors[0], vectors[1]].map((v) => (v[0] + v[1] + v[2] < 0 ? v.map((x) => -x) : v));
  const phi = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const t0 = tissue[j * 3], t1 = tissue[j * 3 + 1], t2 = tissue[j * 3 + 2];
    phi[j] = Math.atan2(w[0] * t0 + w[1] * t1 + w[2] * t2, u[0] * t0 + u[1] * t1 + u[2] * t2);
  }
  const direction = (angle: number) => {
    const v = [0, 1, 2].map((k) => u[k] * Math.cos(angle) + w[k] * Math.sin(angle));
    const norm = Math.hypot(v[0], v[1], v[2]);
    return v.map((x) => x / norm);
  };
  const v1 = direction(quantile(phi, n, p.alpha / 100));
  const v2 = direction(quantile(phi, n, 1 - p.alpha / 100));
  const stains: [number[], number[]] = v1[0] > v2[0] ? [v1, v2] : [v2, v1];

  const [ph, pe] = pseudoInverse(stains[0], stains[1]);
  const ch = new Float64Array(n);
  const ce = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const t0 = tissue[j * 3], t1 = tissue[j * 3 + 1], t2 = tissue[j * 3 + 2];
    ch[j] = ph[0] * t0 + ph[1] * t1 + ph[2] * t2;
    ce[j] = pe[0] * t0 + pe[1] * t1 + pe[2] * t2;
  }
  return { stains, maxConcentrations: [quantile(ch, n, 0.99), quantile(ce, n, 0.99)], tissueFraction, thirdStainShare };
}

/** Returns null and leaves the image as it is when there is too little tissue to estimate a stain. */
export function normaliseStain(rgb: Float32Array, width: number, height: number, p: StainNormalisation): StainEstimate | null {
  const estimate = estimateStain(rgb, width, height, p);
  if (!estimate || estimate.tissueFraction < p.minTissue) return null;
  const [mh, me] = estimate.maxConcentrations;
  if (!(mh > 0 && me > 0)) return null;
  const [ph, pe] = pseudoInverse(estimate.stains[0], estimate.stains[1]);
  const sh = p.maxConcentrations[0] / Math.max(mh, 1e-6);
  const se = p.maxConcentrations[1] / Math.max(me, 1e-6);
  const [th, te] = p.stains;
  for (let i = 0; i < rgb.length; i += 3) {
    const o0 = od(rgb[i]), o1 = od(rgb[i + 1]), o2 = od(rgb[i + 2]);
    const h = (ph[0] * o0 + ph[1] * o1 + ph[2] * o2) * sh;
    const e = (pe[0] * o0 + pe[1] * o1 + pe[2] * o2) * se;
    for (let c = 0; c < 3; c++) {
      const v = ((IO + 1) * Math.exp(-(th[c] * h + te[c] * e)) - 1) / 255;
      rgb[i + c] = v < 0 ? 0 : v > 1 ? 1 : v;
    }
  }
  return estimate;
}
