/** Grad-CAM (Selvaraju et al. 2017), with tf.grad through the same compiled executor that classifies. */
import type * as tfjs from '@tensorflow/tfjs';
import type { TfjsApi } from './tfjs-api';
import type { CompiledModel, CutPoint } from './compile-model';
import type { HeatMap } from './heat-map';

/** The finest grid worth explaining at: 1/16 of the input side (14×14 cells at 224 px). */
const GRID_FRACTION = 16;

/** Found from the model's structure, not by name, so imported models get a heat map too. */
export function explanationLayer(cuts: readonly CutPoint[], inputSide: number): string {
  const fine = cuts.filter((c) => c.shape.length === 3 && Math.min(c.shape[0] ?? 0, c.shape[1] ?? 0) >= inputSide / GRID_FRACTION);
  const pick = fine.filter((c) => c.className === 'Add').pop() ?? fine.pop();
  if (!pick) throw new Error('this model has no layer with a spatial grid where it can be cut, so no heat map can be computed');
  return pick.name;
}



export function gradCam(
  tf: TfjsApi,
  model: Pick<CompiledModel, 'split' | 'cuts'>,
  input: Float32Array,
  shape: [number, number, number],
  layerName = explanationLayer(model.cuts, Math.min(shape[0], shape[1])),
  classIndex?: number,
): HeatMap {
  const { head, tail } = model.split(layerName);
  const [cam, k] = tf.tidy(() => {
    const activations = head(tf.tensor4d(input, [1, ...shape]));
    const logits = tail(activations).dataSync();
    const k = classIndex ?? logits.indexOf(Math.max(...logits));
    const pick = tf.oneHot([k], logits.length).reshape([-1]);
    const grads = tf.grad((a: tfjs.Tensor) => tf.sum(tf.mul(tf.reshape(tail(a), [-1]), pick)))(activations);
    const weights = tf.mean(grads, [1, 2], true);
    const map = tf.relu(tf.sum(tf.mul(activations, weights), -1));
    const max = tf.max(map);
    return [tf.squeeze(tf.div(map, tf.maximum(max, 1e-12))), k] as const;
  });
  try {
    const [rows, cols] = cam.shape;
    return { rows, cols, values: Array.from(cam.dataSync()), classIndex: k, method: 'grad-cam' };
  } finally {
    cam.dispose();
  }
}
