// Loads a TF.js LayersModel and returns what inference needs: one function from input
// pixels (HWC float32) to output values. The classifier and the benchmark both use it,
// so the benchmark times exactly what users run.
import type * as tfjs from '@tensorflow/tfjs';
import type { TfjsApi } from './tfjs-api';
import { compileModel, type CompiledModel, type CompileOptions, type CutPoint } from './compile-model';

/** 'layers' (tfjs-layers' own predict) is kept for comparison in the benchmark. */
export type Executor = 'compiled' | 'layers';

export interface ModelRunner {
  readonly inputShape: [number, number, number];
  run(input: Float32Array, batch?: number): Promise<Float32Array>;
  /** Also returns the activations of `layerName` (the feature score); null where this executor cannot cut. */
  runWithActivations(input: Float32Array, batch: number, layerName?: string): Promise<{ output: Float32Array; activations: Float32Array | null }>;
  /** Logits with per-position contributions, row-major [batch, rows, cols, classes]; null when the head does not decompose. */
  runPositional(input: Float32Array, batch?: number): Promise<PositionalRun | null>;
  /**
   * `runPositional` for every image and its copies shifted by half a last-stage cell (`shifts`²
   * per image, back to back: copy oy·shifts + ox moved up oy and left ox half-cells). Shifted at
   * the features before the last stage, so the stages before it run once; copy 0 is the image.
   */
  runShiftedPositional(input: Float32Array, images: number, shifts: number): Promise<PositionalRun | null>;
  /** Rows and columns of `runPositional`'s grid; null when the head does not decompose. */
  readonly positionalGrid: [number, number] | null;
  split(layerName: string): ReturnType<CompiledModel['split']>;
  readonly cuts: CompiledModel['cuts'];
  dispose(): void;
}

export interface PositionalRun {
  /** Images in the run (absent: 1); logits and contributions are per image, back to back. */
  batch?: number;
  logits: Float32Array;
  contributions: Float32Array;
  rows: number;
  cols: number;
  classes: number;
}

export interface RunnerOptions {
  onProgress?: (fraction: number) => void;
  executor?: Executor;
  compile?: CompileOptions;
}

export async function loadModelRunner(tf: TfjsApi, source: string | tfjs.io.IOHandler, options: RunnerOptions = {}): Promise<ModelRunner> {
  const model = await tf.loadLayersModel(source, { onProgress: options.onProgress });
  const [, h, w, c] = model.inputs[0].shape;
  if (h == null || w == null || c == null) {
    model.dispose();
    throw new Error(`model input shape [${model.inputs[0].shape}] is not fixed`);
  }
  const compiled = options.executor === 'layers' ? null : compileModel(tf, model, options.compile);
  // The compiled model holds its own references to the weights it uses.
  if (compiled?.standalone) model.dispose();
  const splits = new Map<string, ReturnType<CompiledModel['split']> | null>();
  const cutAt = (layer: string) => {
    if (!compiled) return null;
    if (!splits.has(layer)) {
      let cut: ReturnType<CompiledModel['split']> | null;
      try {
        cut = compiled.split(layer);
      } catch {
        cut = null;
      }
      splits.set(layer, cut);
    }
    return splits.get(layer)!;
  };
  const predict = compiled ? (x: tfjs.Tensor) => compiled.predict(x) : (x: tfjs.Tensor) => model.predict(x) as tfjs.Tensor;
  const run = async (input: Float32Array, batch = 1): Promise<Float32Array> => {
    const out = tf.tidy(() => predict(tf.tensor4d(input, [batch, h, w, c])));
    try {
      return (await out.data()) as Float32Array;
    } finally {
      out.dispose();
    }
  };
  function positionalGrid(): [number, number] | null {
    const layer = compiled?.positional?.layer;
    const shape = compiled?.cuts.find((cut) => cut.name === layer)?.shape;
    return shape && shape[0] != null && shape[1] != null ? [shape[0], shape[1]] : null;
  }
  // The last clean cut before the last stage's downsampling: twice the grid, plus the row and
  // column a stride-2 downsampling leaves out, which the shifted windows use.
  function lastStageInput(shifts: number): CutPoint | null {
    const grid = positionalGrid();
    if (!compiled || !grid || shifts !== 2) return null;
    const at = compiled.cuts.findIndex((cut) => cut.name === compiled.positional?.layer);
    const before = compiled.cuts.slice(0, at).filter((cut) => cut.shape[0] === 2 * grid[0] + 1 && cut.shape[1] === 2 * grid[1] + 1);
    return before.at(-1) ?? null;
  }
  return {
    inputShape: [h, w, c],
    run,
    async runWithActivations(input, batch, layerName) {
      const cut = layerName ? cutAt(layerName) : null;
      if (!cut) return { output: await run(input, batch), activations: null };
      const { head, tail } = cut;
      const [out, act] = tf.tidy(() => {
        const a = head(tf.tensor4d(input, [batch, h, w, c]));
        return [tail(a), a];
      });
      try {
        const [output, activations] = await Promise.all([out.data(), act.data()]);
        return { output: output as Float32Array, activations: activations as Float32Array };
      } finally {
        out.dispose();
        act.dispose();
      }
    },
    async runPositional(input, batch = 1) {
      const positional = compiled?.positional;
      if (!positional) return null;
      const { head, tail } = cutAt(positional.layer) ?? compiled.split(positional.layer); // throws why it cannot cut
      // The logits come from the model's own tail on the same features, so callers can
      // check the decomposition against them.
      const [out, parts] = tf.tidy(() => {
        const features = head(tf.tensor4d(input, [batch, h, w, c]));
        return [tail(features), positional.contributions(features)];
      });
      try {
        const [logits, contributions] = await Promise.all([out.data(), parts.data()]);
        const [, rows, cols, classes] = parts.shape;
        return { logits: logits as Float32Array, contributions: contributions as Float32Array, rows, cols, classes, ...(batch > 1 ? { batch } : {}) };
      } finally {
        out.dispose();
        parts.dispose();
      }
    },
    async runShiftedPositional(input, images, shifts) {
      const positional = compiled?.positional;
      const grid = positionalGrid();
      const stage = lastStageInput(shifts);
      if (!positional || !grid || !stage) return null;
      const [rows, cols] = grid;
      const head = (cutAt(stage.name) ?? compiled.split(stage.name)).head;
      const toSource = compiled.segment(stage.name, positional.layer);
      const { tail } = cutAt(positional.layer) ?? compiled.split(positional.layer);
      const [out, parts] = tf.tidy(() => {
        const before = head(tf.tensor4d(input, [images, h, w, c]));
        // One stage-input cell is half a last-stage cell: a window starting oy, ox cells in is
        // the last stage's input for the image moved by that many half-cells (no padding needed:
        // the unshifted window already leaves the far row and column out).
        const copies = [];
        for (let oy = 0; oy < shifts; oy++) for (let ox = 0; ox < shifts; ox++) copies.push(tf.slice(before, [0, oy, ox, 0], [images, 2 * rows, 2 * cols, -1]));
        const order = Array.from({ length: images * shifts * shifts }, (_, i) => (i % (shifts * shifts)) * images + Math.floor(i / (shifts * shifts)));
        const shifted = tf.gather(tf.concat(copies, 0), order);
        const features = toSource(shifted);
        return [tail(features), positional.contributions(features)];
      });
      try {
        const [logits, contributions] = await Promise.all([out.data(), parts.data()]);
        const [, , , classes] = parts.shape;
        return { logits: logits as Float32Array, contributions: contributions as Float32Array, rows, cols, classes, batch: images * shifts * shifts };
      } finally {
        out.dispose();
        parts.dispose();
      }
    },
    cuts: compiled?.cuts ?? [],
    positionalGrid: positionalGrid(),
    split(layerName) {
      if (!compiled) throw new Error('explanations need the compiled executor');
      return compiled.split(layerName);
    },
    dispose() {
      compiled?.dispose();
      if (!compiled?.standalone) model.dispose();
    },
  };
}
