/**
 * A faithfulness test for heat maps that can fail: replace the map's top cells with the image's
 * mean colour and the explained class's probability should fall more than when as many random
 * cells are replaced. Used by scripts/trust/measure-heat-map-faithfulness.ts and its Node test.
 */
import type { HeatMap } from '../../src/core/heat-map';
import type { ModelRunner } from '../../src/core/model-runner';

export interface Deletion {
  classIndex: number;
  /** The explained class's probability on the untouched input. */
  base: number;
  /** Its fall with the top cells replaced. */
  topDrop: number;
  /** Its mean fall over the random sets of as many cells. */
  randomDrop: number;
}

/** Share of the map's cells deleted. */
export const DELETED_SHARE = 0.2;
export const RANDOM_SETS = 16;

/** Deterministic random numbers (mulberry32), so a rerun deletes the same random cells. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function withCellsDeleted(input: Float32Array, side: number, map: HeatMap, cells: number[], fill: number[]): Float32Array {
  const out = input.slice();
  const cell = (side * (map.extent ?? 1)) / map.cols;
  for (const i of cells) {
    const [r, c] = [Math.floor(i / map.cols), i % map.cols];
    for (let y = Math.round(r * cell); y < Math.min(side, Math.round((r + 1) * cell)); y++) {
      for (let x = Math.round(c * cell); x < Math.min(side, Math.round((c + 1) * cell)); x++) {
        for (let ch = 0; ch < 3; ch++) out[(y * side + x) * 3 + ch] = fill[ch];
      }
    }
  }
  return out;
}

export async function deletionTest(runner: ModelRunner, temperature: number, input: Float32Array, map: HeatMap, seed: number): Promise<Deletion> {
  const side = runner.inputShape[0];
  const n = map.rows * map.cols;
  const k = Math.max(1, Math.round(n * DELETED_SHARE));
  const fill = [0, 1, 2].map((ch) => {
    let s = 0;
    for (let i = ch; i < input.length; i += 3) s += input[i];
    return s / (input.length / 3);
  });
  const top = map.values.map((v, i) => [v, i]).sort((a, b) => b[0] - a[0]).slice(0, k).map(([, i]) => i);
  const next = random(seed);
  const sets = Array.from({ length: RANDOM_SETS }, () => {
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    return order.slice(0, k);
  });
  const inputs = [input, withCellsDeleted(input, side, map, top, fill), ...sets.map((s) => withCellsDeleted(input, side, map, s, fill))];
  const batch = new Float32Array(inputs.length * input.length);
  inputs.forEach((x, i) => batch.set(x, i * input.length));
  const logits = await runner.run(batch, inputs.length);
  const classes = logits.length / inputs.length;
  const prob = (i: number) => {
    const row = Array.from(logits.subarray(i * classes, (i + 1) * classes), (v) => v / temperature);
    const max = Math.max(...row);
    const e = row.map((v) => Math.exp(v - max));
    return e[map.classIndex] / e.reduce((a, b) => a + b, 0);
  };
  const base = prob(0);
  const randomDrop = sets.reduce((a, _, i) => a + base - prob(2 + i), 0) / sets.length;
  return { classIndex: map.classIndex, base, topDrop: base - prob(1), randomDrop };
}
