// Loads a TF.js LayersModel and returns what inference needs: one function from input
// pixels (HWC float32) to output values. The classifier and the benchmark both use it,
// so the benchmark times exactly what users run.
import type * as tfjs from '@tensorflow/tfjs';
import type { TfjsApi } from './tfjs-api';
import { compileModel, type CompiledModel, type CompileOptions } from './compile-model';

/** 'layers' (tfjs-layers' own predict) is kept for comparison in the benchmark. */
export type Executor = 'compiled' | 'layers';

export interface ModelRunner {
  readonly inputShape: [number, number, number];
  run(input: Float32Array, batch?: number): Promise<Float32Array>;
  /** Also returns the activations of `layerName` (the feature score); null where this executor cannot cut. */
  runWithActivations(input: Float32Array, batch: number, layerName?: string): Promise<{ output: Float32Array; activations: Float32Array | null }>;
  /** Logits with per-position contributions, row-major [batch, rows, cols, classes]; null when the head does not decompose. */
  runPositional(input: Float32Array, batch?: number): Promise<PositionalRun | null>;
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
