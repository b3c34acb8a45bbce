/**
 * The tissue classifier: RGBA pixels in, calibrated class probabilities out.
 * Like tfjs-models, `createClassifier()` takes the model as a URL or an IOHandler and
 * returns an interface. It loads once (src/core/model-runner.ts), warms up once, and
 * serialises requests on one promise chain (WASM and WebGPU are not re-entrant).
 */
import type * as tfjs from '@tensorflow/tfjs';
import { checkMetadata, type ModelMetadata } from './model-metadata';
import { loadModelRunner, type Executor } from './model-runner';
import { postprocess } from './postprocess';
import { preprocess } from './preprocess';
import type { Classification, RgbaImage } from './types';

export interface Classifier {
  readonly metadata: ModelMetadata;
  readonly backend: string;
  classify(image: RgbaImage): Promise<Classification>;
  dispose(): void;
}

export interface ClassifierOptions {
  model: string | tfjs.io.IOHandler;
  metadata: ModelMetadata;
  /** Model download progress, 0..1. */
  onProgress?: (fraction: number) => void;
  /** How the model is executed (see model-runner.ts); default 'compiled'. */
  executor?: Executor;
  /** Clock for timings; performance.now where available. */
  now?: () => number;
}

export async function createClassifier(tf: typeof tfjs, options: ClassifierOptions): Promise<Classifier> {
  const metadata = checkMetadata(options.metadata);
  const now = options.now ?? (() => performance.now());
  const runner = await loadModelRunner(tf, options.model, { onProgress: options.onProgress, executor: options.executor ?? 'compiled' });
  const [h, w, c] = runner.inputShape;
  if (h !== metadata.input.height || w !== metadata.input.width || c !== 3) {
    runner.dispose();
    throw new Error(`model input is ${h}×${w}×${c}, metadata says ${metadata.input.height}×${metadata.input.width}×3`);
  }
  const backend = tf.getBackend();
  const run = (input: Float32Array) => runner.run(input);
  // Warm-up: the first run compiles WebGPU shaders / initialises XNNPACK operators.
  await run(new Float32Array(h * w * 3));

  let queue: Promise<unknown> = Promise.resolve();
  let disposed = false;
  const classifyNow = async (image: RgbaImage): Promise<Classification> => {
    if (disposed) throw new Error('classifier was disposed');
    const t0 = now();
    const input = preprocess(image, metadata.input);
    const t1 = now();
    const output = await run(input);
    const t2 = now();
    return {
      ...postprocess(output, metadata),
      backend,
      timings: { preprocessMs: t1 - t0, inferenceMs: t2 - t1, totalMs: t2 - t0 },
      model: { name: metadata.name, version: metadata.version },
      source: { width: image.width, height: image.height },
    };
  };

  return {
    metadata,
    backend,
    classify(image) {
      const result = queue.then(() => classifyNow(image));
      queue = result.catch(() => undefined);
      return result;
    },
    dispose() {
      disposed = true;
      runner.dispose();
    },
  };
}
