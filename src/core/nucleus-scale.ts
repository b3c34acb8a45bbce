// Nucleus size of an H&E image in its own pixels: the strongest scale-normalised LoG blob
// response (Lindeberg 1998) of the red-channel optical density, which haematoxylin dominates
// whatever the laboratory's shades. Compared with the training images' it says how far to zoom
// (choose-zoom.ts); a pyramid and four windows keep it to milliseconds.
import { cropRgba } from './crop-rgba';
import type { RgbaImage } from './types';

const STEPS = 2;
/** Sharpening of the response-weighted mean of log σ (a plain argmax jumps between peaks). */
const POWER = 4;
const SIGMA_MIN = 1;
const SIGMA_MAX = 32;
/** Larger images are measured on full-resolution crops: shrinking would put nuclei near the filter's smallest scale, where it reads high. */
export const ANALYSIS_SIDE = 384;
const CROP_SIDE = 224;
/** Below this red OD is glass or lumen, set to the tissue mean: the tissue/blank edge would otherwise answer at large scales. */
const BACKGROUND_OD = 0.12;

export interface NucleusScale {
  diameterPx: number;
  /** Mean positive response at that scale (near 0: no blob structure, e.g. blank or text). */
  strength: number;
}

/** Red-channel OD of `image`, with glass and lumen set to the tissue's mean (BACKGROUND_OD). */
function redDensity(image: RgbaImage): Float32Array {
  const d = new Float32Array(image.width * image.height);
  let tissue = 0;
  let total = 0;
  for (let i = 0; i < d.length; i++) {
    d[i] = -Math.log((image.data[i * 4] + 1) / 256);
    if (d[i] >= BACKGROUND_OD) {
      tissue++;
      total += d[i];
    }
  }
  const fill = tissue > 0 ? total / tissue : BACKGROUND_OD;
  for (let i = 0; i < d.length; i++) if (d[i] < BACKGROUND_OD) d[i] = fill;
  return d;
}

function gaussianKernel(sigma: number): Float32Array {
  const r = Math.max(1, Math.ceil(3 * sigma));
  const k = new Float32Array(2 * r + 1);
  let s = 0;
  for (let i = -r; i <= r; i++) s += k[i + r] = Math.exp((-i * i) / (2 * sigma * sigma));
  for (let i = 0; i < k.length; i++) k[i] /= s;
  return k;
}

function blur(src: Float32Array, w: number, h: number, sigma: number): Float32Array {
  const k = gaussianKernel(sigma);
  const r = (k.length - 1) / 2;
  const tmp = new Float32Array(w * h);
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let a = 0;
      for (let i = -r; i <= r; i++) a += k[i + r] * src[y * w + Math.min(w - 1, Math.max(0, x + i))];
      tmp[y * w + x] = a;
    }
  }
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let a = 0;
      for (let i = -r; i <= r; i++) a += k[i + r] * tmp[Math.min(h - 1, Math.max(0, y + i)) * w + x];
      out[y * w + x] = a;
    }
  }
  return out;
}

/** Mean of the positive part of −σ²∇²g for g = G_σ * d: dense blobs of radius ≈ √2 σ. */
function blobResponse(g: Float32Array, w: number, h: number, sigma: number): number {
  let total = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const lap = g[i - 1] + g[i + 1] + g[i - w] + g[i + w] - 4 * g[i];
      const r = -sigma * sigma * lap;
      if (r > 0) total += r;
    }
  }
  return total / Math.max(1, (w - 2) * (h - 2));
}

function halve(d: Float32Array, w: number, h: number): { d: Float32Array; w: number; h: number } {
  const w2 = Math.max(1, w >> 1);
  const h2 = Math.max(1, h >> 1);
  const out = new Float32Array(w2 * h2);
  for (let y = 0; y < h2; y++) {
    for (let x = 0; x < w2; x++) {
      const i = 2 * y * w + 2 * x;
      out[y * w2 + x] = (d[i] + d[i + 1] + d[i + w] + d[i + w + 1]) / 4;
    }
  }
  return { d: out, w: w2, h: h2 };
}

export function estimateNucleusScale(image: RgbaImage): NucleusScale {
  if (Math.max(image.width, image.height) <= ANALYSIS_SIDE) return estimateWhole(image);
  const side = Math.min(CROP_SIDE, image.width, image.height);
  const at = (length: number, quarter: number) => Math.max(0, Math.min(length - side, Math.round(length * quarter - side / 2)));
  const parts = [0.25, 0.75].flatMap((qy) => [0.25, 0.75].map((qx) => estimateWhole(cropRgba(image, at(image.width, qx), at(image.height, qy), side))));
  const measured = parts.filter((p) => p.strength > 0).sort((a, b) => a.diameterPx - b.diameterPx);
  if (measured.length === 0) return { diameterPx: 2 * Math.SQRT2 * SIGMA_MIN, strength: 0 };
  const mid = measured.length >> 1;
  const diameterPx = measured.length % 2 ? measured[mid].diameterPx : Math.sqrt(measured[mid - 1].diameterPx * measured[mid].diameterPx);
  return { diameterPx, strength: Math.max(...measured.map((p) => p.strength)) };
}

function estimateWhole(image: RgbaImage): NucleusScale {
  // Blurs are incremental (G_b * G_a = G_√(a²+b²)); a level is halved once its σ reaches 2.
  let level = { g: redDensity(image), w: image.width, h: image.height, sigma: 0 };
  let octave = 0;
  const logs: number[] = [];
  const strengths: number[] = [];
  for (let k = 0; ; k++) {
    const sigma = SIGMA_MIN * 2 ** (k / STEPS);
    if (sigma > SIGMA_MAX) break;
    let local = sigma / 2 ** octave;
    if (local >= 2 && level.w >= 16 && level.h >= 16) {
      const half = halve(level.g, level.w, level.h);
      level = { ...half, g: half.d, sigma: level.sigma / 2 };
      octave++;
      local /= 2;
    }
    if (3 * local > Math.min(level.w, level.h) / 2) break;
    level = { ...level, g: blur(level.g, level.w, level.h, Math.sqrt(local * local - level.sigma * level.sigma)), sigma: local };
    logs.push(Math.log(sigma));
    strengths.push(Math.max(0, blobResponse(level.g, level.w, level.h, local)));
  }
  let weight = 0;
  let centre = 0;
  for (let i = 0; i < logs.length; i++) {
    weight += strengths[i] ** POWER;
    centre += strengths[i] ** POWER * logs[i];
  }
  const sigma = weight > 0 ? Math.exp(centre / weight) : SIGMA_MIN;
  return { diameterPx: 2 * Math.SQRT2 * sigma, strength: Math.max(0, ...strengths) };
}
