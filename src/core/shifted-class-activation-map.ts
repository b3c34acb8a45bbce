// A finer exact class-activation map. The last stage sees the input at a stride of 64 px (3×3
// cells over 0–191 of 224 px). The same exact map on copies shifted by half a stride (one batch
// of 4) has cells that straddle each other's borders: every 32-px cell of a 7×7 grid over the
// whole input is covered by one to four exact cells, whose mean it shows. The shift is made on
// the 7×7 features the last stage reads (ModelRunner.runShiftedPositional), so the stages before
// it run once; each copy's cells are exact for that copy (class-activation-map.ts), and the
// unshifted copy is the input that was classified. `shiftedCopies` shifts the input instead
// (four whole passes): the benchmark and the faithfulness measurement compare the two.
import { gridExtent } from './class-activation-map';
import type { HeatMap } from './heat-map';
import type { PositionalRun } from './model-runner';

/** Shifts per axis: 2 gives half-stride offsets, 4 passes. */
export const SHIFTS_PER_AXIS = 2;

/** The network's stride at a grid of `cells` over `side` px (a power of two, as ConvNeXt halves it per stage). */
export const gridStride = (cells: number, side: number) => (gridExtent(cells, side) * side) / cells;

/**
 * `SHIFTS_PER_AXIS²` copies of an HWC input (`side`² pixels), back to back, copy p = oy·n + ox
 * moved up by oy·shift and left by ox·shift px; the edge is repeated into the gap (it lies
 * outside the last stage's grid, which stops short of the far edge).
 */
export function shiftedCopies(input: Float32Array, side: number, shift: number, n = SHIFTS_PER_AXIS): Float32Array {
  const size = side * side * 3;
  const out = new Float32Array(n * n * size);
  for (let oy = 0; oy < n; oy++) {
    for (let ox = 0; ox < n; ox++) {
      const base = (oy * n + ox) * size;
      for (let y = 0; y < side; y++) {
        const sy = Math.min(side - 1, y + oy * shift);
        for (let x = 0; x < side; x++) {
          const sx = Math.min(side - 1, x + ox * shift);
          const from = (sy * side + sx) * 3;
          const to = base + (y * side + x) * 3;
          out[to] = input[from];
          out[to + 1] = input[from + 1];
          out[to + 2] = input[from + 2];
        }
      }
    }
  }
  return out;
}

/** The top class of copy 0 of `image` in a positional run. */
export function topClassOf(run: PositionalRun, image = 0, n = SHIFTS_PER_AXIS): number {
  const at = image * n * n * run.classes;
  const logits = Array.from(run.logits.subarray(at, at + run.classes));
  return logits.indexOf(Math.max(...logits));
}

/** The top class of `images` images' unshifted copies, their probabilities at `temperature` averaged. */
export function averagedTopClass(run: PositionalRun, images: number, n: number, temperature: number): number {
  const mean = new Float64Array(run.classes);
  for (let i = 0; i < images; i++) {
    const at = i * n * n * run.classes;
    const z = Array.from(run.logits.subarray(at, at + run.classes), (v) => v / temperature);
    const max = Math.max(...z);
    const e = z.map((v) => Math.exp(v - max));
    const total = e.reduce((a, b) => a + b, 0);
    e.forEach((v, j) => (mean[j] += v / total));
  }
  return mean.indexOf(Math.max(...mean));
}

/**
 * The fine grid of one image's shifted copies (copies `image`·n² … in the run), in logit units:
 * a fine cell is the mean, over the exact cells covering it, of how much more they add to
 * class `k` than to the average class (what softmax sees).
 */
export function shiftedEvidence(run: PositionalRun, k: number, image = 0, n = SHIFTS_PER_AXIS): { rows: number; cols: number; values: Float64Array } {
  const { contributions, rows, cols, classes } = run;
  const fineRows = n * rows + n - 1;
  const fineCols = n * cols + n - 1;
  const sum = new Float64Array(fineRows * fineCols);
  const count = new Uint8Array(fineRows * fineCols);
  for (let oy = 0; oy < n; oy++) {
    for (let ox = 0; ox < n; ox++) {
      const p = image * n * n + oy * n + ox;
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const at = ((p * rows + r) * cols + c) * classes;
          let mean = 0;
          for (let j = 0; j < classes; j++) mean += contributions[at + j];
          const value = contributions[at + k] - mean / classes;
          // Exact cell (r, c) of copy (oy, ox) covers fine rows n·r + oy … n·r + oy + n − 1.
          for (let dy = 0; dy < n; dy++) {
            for (let dx = 0; dx < n; dx++) {
              const f = (n * r + oy + dy) * fineCols + n * c + ox + dx;
              sum[f] += value;
              count[f]++;
            }
          }
        }
      }
    }
  }
  return { rows: fineRows, cols: fineCols, values: sum.map((s, i) => s / count[i]) };
}

/** Negative evidence cut at 0, the rest scaled to 0..1 (as Grad-CAM's ReLU, so the card draws both alike). */
export function relevance(values: ArrayLike<number>): number[] {
  const cut = Array.from(values, (v) => Math.max(0, v));
  const max = Math.max(...cut, 1e-12);
  return cut.map((v) => v / max);
}

/** The map of one image's shifted run (n² copies) for the top class of the unshifted copy, or `classIndex`. */
export function shiftedClassActivationMap(run: PositionalRun, side: number, classIndex?: number, n = SHIFTS_PER_AXIS): HeatMap {
  if ((run.batch ?? 1) !== n * n) throw new Error(`expected ${n * n} shifted copies, got ${run.batch ?? 1}`);
  const k = classIndex ?? topClassOf(run, 0, n);
  const { rows, cols, values } = shiftedEvidence(run, k, 0, n);
  const extent = Math.min(1, (cols * gridStride(run.cols, side)) / n / side);
  return { rows, cols, values: relevance(values), classIndex: k, method: 'class-activation', ...(extent < 1 ? { extent } : {}) };
}
