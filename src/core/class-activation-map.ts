/**
 * An exact class-activation map, without gradients (Zhou et al. 2016, CAM, generalised to a
 * LayerNorm between pooling and the classifier). The bundled model's head is global average
 * pooling → LayerNorm → Dense; for one image each class logit is the mean over positions of
 * per-position contributions (compile-model.ts, PositionalLogits), so one forward pass on the
 * active backend (WASM/WebGPU) gives the map. Grad-CAM needs gradient kernels that only the
 * CPU backend has, hence a second copy of the model there and 1–2 s per map.
 *
 * The map shows, per position, how much more it adds to the explained class than to the
 * average class: softmax ignores what every class gets alike (the bias, the LayerNorm's beta),
 * so only this difference moves the probability. Its mean over positions is exactly the
 * explained logit minus the mean logit. Negative cells (evidence against) are cut at 0 and the
 * rest scaled to 0..1, like Grad-CAM's ReLU, so the card draws both the same way.
 */
import type { HeatMap } from './heat-map';
import type { PositionalRun } from './model-runner';

/**
 * The grid's share of an input `inputSide` pixels wide: the network's stride is the power of two
 * nearest to side / cells (ConvNeXt halves the resolution at every stage), and the cells cover
 * cells × stride pixels from the top-left.
 */
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
