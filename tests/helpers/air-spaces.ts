/**
 * Makes dense tissue airy, as normal lung is: near-white alveolar-like blobs over a seeded
 * share of the image, cut where a smooth random field is highest, so the tissue left between
 * them reads as septa. The TypeScript twin of `air_spaces` in training/augment.py (a coarse
 * 6×6 plus a finer 14×14 normal field, bicubically upsampled; a soft edge; glass with a faint
 * per-channel tint of 0.90–0.98), seeded so tests and measurements see the same images. One
 * addition: the glass carries the grain real glass has in a scan or JPEG (σ ≈ 2 grey levels).
 * Perfectly flat glass is not what a micrograph shows, and the input check rightly reads large
 * runs of identical pixels as a drawing.
 */
import type { RgbaImage } from '../../src/core/types';
import { mulberry32 as seededRandom } from '../../scripts/demo/seeded-random';

export { seededRandom };

function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** Glass grain: grey levels of pixel-to-pixel noise on the painted glass. */
const GLASS_GRAIN = 2;

/** Blends pixel p of `data` towards `glass` by m (0..1), with the glass's grain. */
function paintGlass(data: Uint8ClampedArray, p: number, glass: number[], m: number, rand: () => number): void {
  const grain = GLASS_GRAIN * normal(rand);
  for (let c = 0; c < 3; c++) data[p * 4 + c] = Math.round(data[p * 4 + c] * (1 - m) + (glass[c] + grain) * m);
}

/** Cubic convolution weight (a = −0.75, as PyTorch's bicubic). */
function cubic(t: number): number {
  const a = -0.75, x = Math.abs(t);
  if (x <= 1) return ((a + 2) * x - (a + 3)) * x * x + 1;
  if (x < 2) return ((a * x - 5 * a) * x + 8 * a) * x - 4 * a;
  return 0;
}

/** A cells×cells normal field upsampled bicubically to size×size (align_corners=False). */
function smoothNoise(rand: () => number, size: number, cells: number): Float32Array {
  const z = Array.from({ length: cells * cells }, () => normal(rand));
  const at = (i: number, j: number) => z[Math.min(cells - 1, Math.max(0, i)) * cells + Math.min(cells - 1, Math.max(0, j))];
  const out = new Float32Array(size * size);
  const scale = cells / size;
  for (let y = 0; y < size; y++) {
    const sy = (y + 0.5) * scale - 0.5, y0 = Math.floor(sy);
    for (let x = 0; x < size; x++) {
      const sx = (x + 0.5) * scale - 0.5, x0 = Math.floor(sx);
      let v = 0;
      for (let m = -1; m <= 2; m++) for (let n = -1; n <= 2; n++) v += at(y0 + m, x0 + n) * cubic(sy - (y0 + m)) * cubic(sx - (x0 + n));
      out[y * size + x] = v;
    }
  }
  return out;
}

/**
 * `image` (square) with air spaces over `area` of it (0..1; drawn from [minArea, maxArea]
 * by the seed when not given). Returns the new image and the share painted.
 */
export function airSpaces(image: RgbaImage, seed: number, minArea = 0.3, maxArea = 0.6): { image: RgbaImage; area: number } {
  const rand = seededRandom(seed);
  const size = image.width;
  if (image.height !== size) throw new Error('airSpaces expects a square image');
  const coarse = smoothNoise(rand, size, 6), fine = smoothNoise(rand, size, 14);
  const field = coarse.map((v, i) => v + 0.5 * fine[i]);
  const area = minArea + (maxArea - minArea) * rand();
  const sorted = Float32Array.from(field).sort();
  const threshold = sorted[Math.min(sorted.length - 1, Math.floor((1 - area) * sorted.length))];
  const glass = [0, 1, 2].map(() => (0.9 + 0.08 * rand()) * 255);
  const data = new Uint8ClampedArray(image.data);
  for (let p = 0; p < size * size; p++) {
    const m = 1 / (1 + Math.exp(-(field[p] - threshold) * 8)); // soft edge over a few pixels
    paintGlass(data, p, glass, m, rand);
  }
  return { image: { width: size, height: size, data }, area };
}

export interface AlveoliOptions {
  /** Alveoli (Voronoi cells) in the image. */
  count: number;
  /** Septum width in pixels. */
  septum: number;
  /** Share of septa (cell pairs) left open, as alveolar ducts and sectioning break real septa. */
  openShare: number;
}

/**
 * `image` (square) as alveolar parenchyma: air everywhere except thin septa along the borders
 * of seeded Voronoi cells, the tissue of the septa being the image's own. Unlike
 * `airSpaces` (whose tissue, at high air shares, is islands), this has lung's topology: the
 * tissue is one network and the air is many compartments, some merged through open septa.
 */
export function alveoli(image: RgbaImage, seed: number, o: AlveoliOptions): { image: RgbaImage; air: number } {
  const rand = seededRandom(seed);
  const size = image.width;
  if (image.height !== size) throw new Error('alveoli expects a square image');
  // Jittered grid seeds: alveoli of similar size, as in parenchyma; a margin so cells cross the edges.
  const side = Math.ceil(Math.sqrt(o.count));
  const pitch = size / side;
  const seeds: [number, number][] = [];
  for (let i = -1; i <= side; i++) for (let j = -1; j <= side; j++) seeds.push([(j + 0.15 + 0.7 * rand()) * pitch, (i + 0.15 + 0.7 * rand()) * pitch]);
  const open = new Set<number>();
  for (let a = 0; a < seeds.length; a++) for (let b = a + 1; b < seeds.length; b++) if (rand() < o.openShare) open.add(a * seeds.length + b);
  const glass = [0, 1, 2].map(() => (0.9 + 0.08 * rand()) * 255);
  const data = new Uint8ClampedArray(image.data);
  let air = 0;
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    // Squared distances to the two nearest seeds (no square roots: this loop is the cost).
    let d1 = Infinity, d2 = Infinity, n1 = 0, n2 = 0;
    for (let k = 0; k < seeds.length; k++) {
      const dx = x - seeds[k][0], dy = y - seeds[k][1];
      const d = dx * dx + dy * dy;
      if (d < d1) { d2 = d1; n2 = n1; d1 = d; n1 = k; } else if (d < d2) { d2 = d; n2 = k; }
    }
    // Distance to the bisector of the two nearest seeds is (d2² − d1²) / (2·|s1 − s2|).
    const gap = Math.hypot(seeds[n1][0] - seeds[n2][0], seeds[n1][1] - seeds[n2][1]);
    const toWall = (d2 - d1) / (2 * gap);
    const pair = Math.min(n1, n2) * seeds.length + Math.max(n1, n2);
    const wall = open.has(pair) ? 0 : Math.max(0, Math.min(1, o.septum / 2 + 0.5 - toWall));
    const m = 1 - wall;
    air += m;
    paintGlass(data, y * size + x, glass, m, rand);
  }
  return { image: { width: size, height: size, data }, air: air / (size * size) };
}
