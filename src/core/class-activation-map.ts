// An exact class-activation map in one forward pass (CAM, Zhou et al. 2016, with a LayerNorm
// before the classifier), instead of Grad-CAM's gradients that only the CPU backend has.
// Each cell is what a position adds to the explained class beyond the average class, since
// softmax ignores what every class gets alike; negatives are cut at 0 as in Grad-CAM.
import type { HeatMap } from './heat-map';
import type { PositionalRun } from './model-runner';

/** The grid's share of the input: stride is the power of two nearest to side / cells, covering cells × stride pixels. */
export function gridExtent(cells: number, inputSide: number): number {
  const stride = 2 ** Math.round(Math.log2(inputSide / cells));
  return Math.min(1, (cells * stride) / inputSide);
}

export function classActivationMap(run: PositionalRun, classIndex?: number, inputSide?: number): HeatMap {
  const { logits, contributions, rows, cols, classes } = run;
  const k = classIndex ?? logits.indexOf(Math.max(...logits));
  const values = Array.from({ length: rows * cols }, (_, s) => {
    let mean = 0;
    for (let j = 0; j < classes; j++) mean += contributions[s * classes + j];
    return Math.max(0, contributions[s * classes + k] - mean / classes);
  });
  const max = Math.max(...values, 1e-12);
  const extent = inputSide ? gridExtent(cols, inputSide) : 1;
  return { rows, cols, values: values.map((v) => v / max), classIndex: k, method: 'class-activation', ...(extent < 1 ? { extent } : {}) };
}
