// The tissue classifier: RGBA pixels in, calibrated class probabilities out.
// Like tfjs-models, `createClassifier()` takes the model as a URL or an IOHandler and
// returns an interface. It loads once (src/core/model-runner.ts), warms up once, and
// serialises requests on one promise chain (WASM and WebGPU are not re-entrant).
import type * as tfjs from '@tensorflow/tfjs';
import type { TfjsApi } from './tfjs-api';
import { combineViews } from './combine-views';
import { dihedralViews, DIHEDRAL_VIEW_COUNT } from './dihedral-views';
import { classActivationMap } from './class-activation-map';
import { averagedTopClass, shiftedClassActivationMap, shiftedEvidence, gridStride, SHIFTS_PER_AXIS } from './shifted-class-activation-map';
import { windowsHeatMap } from './windows-heat-map';
import { cropRgba } from './crop-rgba';
import { gradCam } from './grad-cam';
import type { HeatMap } from './heat-map';
import { checkContextFor, checkInput, type CheckStrictness } from './input-check';
import { stainFamilyDistance, stainFamilyRatio } from './stain-family';
import { checkMetadata, type ModelMetadata } from './model-metadata';
import { loadModelRunner, type Executor, type ModelRunner } from './model-runner';
import { postprocess } from './postprocess';
import { classifyWindows } from './classify-windows';
import { medianFeatureDistance } from './feature-score';
import { chooseZoom } from './choose-zoom';
import { assessShift } from './input-shift';
import { estimateNucleusScale } from './nucleus-scale';
import { prepareInput } from './prepare-input';
import type { Classification, RgbaImage } from './types';
import { withBackend } from './with-backend';

const EXPLAIN_BACKEND = 'cpu';

export interface ClassifyOptions {
  tta?: boolean;
  inputCheck?: CheckStrictness | 'off';
  /** Zoom into images whose nuclei are smaller than the training images' (off for tile-map tiles: the window sets the scale). */
  zoom?: boolean;
}

export interface Classifier {
  readonly metadata: ModelMetadata;
  readonly backend: string;
  classify(image: RgbaImage, options?: ClassifyOptions): Promise<Classification>;
  /** Independent images in one model pass, each as `classify` without zoom or TTA (tile-map tiles). */
  classifyBatch(images: readonly RgbaImage[], options?: Omit<ClassifyOptions, 'tta' | 'zoom'>): Promise<Classification[]>;
  /** Heat map on the same queue: an exact class-activation map where the head allows it, else Grad-CAM. */
  explain(image: RgbaImage, classIndex?: number, options?: Pick<ClassifyOptions, 'tta'>): Promise<HeatMap>;
  dispose(): void;
}

export interface ClassifierOptions {
  model: string | tfjs.io.IOHandler;
  metadata: ModelMetadata;
  onProgress?: (fraction: number) => void;
  executor?: Executor;
  now?: () => number;
  /** On by default so the first answer does not pay operator set-up; the model host turns it off: its model loads with a request already waiting. */
  warmUp?: boolean;
}

export async function createClassifier(tf: TfjsApi, options: ClassifierOptions): Promise<Classifier> {
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
  if (options.warmUp !== false) await run(new Float32Array(h * w * 3));

  let queue: Promise<unknown> = Promise.resolve();
  let disposed = false;
  // A second copy of the model on the CPU backend, loaded on the first explanation only.
  let explainRunner: Promise<ModelRunner> | null = null;
  const calibration = metadata.input.scale;
  const zoomPlan = (image: RgbaImage) => (calibration ? chooseZoom(image, estimateNucleusScale(image).diameterPx, w, calibration) : undefined);
  // Exact, from copies shifted at the last stage's input, on the active backend where the head
  // decomposes (shifted-class-activation-map.ts); otherwise Grad-CAM on the CPU copy.
  const explainNow = async (image: RgbaImage, classIndex?: number, tta = false): Promise<HeatMap> => {
    if (disposed) throw new Error('classifier was disposed');
    const { input } = prepareInput(image, metadata.input);
    const grid = runner.positionalGrid;
    if (!grid) return gradCamNow(input, classIndex);
    if (h !== w) return classActivationMap((await runner.runPositional(input))!, classIndex, w);
    // Shifted copies where the model's stages allow it, else the one-pass grid (n = 1).
    const positional = async (batch: Float32Array, images: number) => {
      const shifted = await runner.runShiftedPositional(batch, images, SHIFTS_PER_AXIS);
      return shifted ? { run: shifted, n: SHIFTS_PER_AXIS } : { run: (await runner.runPositional(batch, images))!, n: 1 };
    };
    // A zoomed image is answered from its windows (classifyNow): so is its map.
    const windows = zoomPlan(image)?.windows ?? [];
    if (windows.length === 0) {
      // With TTA the card shows the 8 views' answer: explain that class.
      if (tta && classIndex === undefined) {
        const views = combineViews(await runner.run(dihedralViews(input, h), DIHEDRAL_VIEW_COUNT), DIHEDRAL_VIEW_COUNT).logits;
        classIndex = views.indexOf(Math.max(...views));
      }
      const { run, n } = await positional(input, 1);
      return shiftedClassActivationMap(run, w, classIndex, n);
    }
    const size = h * w * c;
    const batch = new Float32Array(windows.length * size);
    windows.forEach((win, i) => batch.set(prepareInput(cropRgba(image, win.x, win.y, win.size), metadata.input).input, i * size));
    const { run, n } = await positional(batch, windows.length);
    // The card's class: the windows' calibrated probabilities averaged, as classify-windows.ts does.
    const k = classIndex ?? averagedTopClass(run, windows.length, n, metadata.shiftTemperature ?? metadata.temperature);
    const extent = Math.min(1, ((n * run.cols + n - 1) * gridStride(grid[1], w)) / n / w);
    return windowsHeatMap(image, windows.map((window, i) => ({ window, extent, ...shiftedEvidence(run, k, i, n) })), k);
  };
  const gradCamNow = (input: Float32Array, classIndex?: number) =>
    withBackend(tf, EXPLAIN_BACKEND, async () => {
      if (disposed) throw new Error('classifier was disposed');
      const model = backend === EXPLAIN_BACKEND ? runner : await (explainRunner ??= loadModelRunner(tf, options.model));
      return gradCam(tf, model, input, [h, w, c], undefined, classIndex);
    });
  const family = metadata.inputCheck?.stainFamily;
  const prepare = (image: RgbaImage, options: ClassifyOptions) => {
    const t0 = now();
    const { input, stain } = prepareInput(image, metadata.input);
    // The stain-family estimate serves the check and, with the check off too, the "unlike H&E" flag.
    const context = family ? checkContextFor(metadata, image, input) : undefined;
    const inputCheck = options.inputCheck && options.inputCheck !== 'off' ? checkInput(image, options.inputCheck, context) : undefined;
    const stainFamily = family?.unlikeAbove !== undefined && context?.stain
      ? { ratio: stainFamilyRatio(stainFamilyDistance(context.stain, family), family), unlikeAbove: family.unlikeAbove }
      : undefined;
    const plan = zoomPlan(image);
    const zoom = plan && options.zoom !== false && plan.windows.length > 0 ? plan.windows : [];
    return { image, input, stain, stainFamily, inputCheck, plan, zoom, t0, t1: now() };
  };
  type Prepared = ReturnType<typeof prepare>;
  const score = metadata.inputCheck?.featureScore;
  const feature = (features: Float32Array | null | undefined, rows: number) =>
    (features && score ? { distance: medianFeatureDistance(features, rows, score), unlikeAbove: score.unlikeAbove } : undefined);
  const answerFrom = (p: Prepared, out: Float32Array, features: Float32Array | null, views: number) => {
    const shift = assessShift(metadata.input, p.stain, p.plan?.relativeScale ?? null, 0, feature(features, views), p.stainFamily);
    const temperature = shift?.unlikeTraining ? (metadata.shiftTemperature ?? metadata.temperature) : metadata.temperature;
    const combined = views > 1 ? combineViews(out, views) : { logits: out, agreement: undefined };
    const answer = { ...postprocess(combined.logits, { ...metadata, temperature }), ...(combined.agreement ? { agreement: combined.agreement } : {}) };
    return { answer, shift };
  };
  const toClassification = (p: Prepared, answer: ReturnType<typeof answerFrom>['answer'], shift: ReturnType<typeof assessShift>, inferenceMs: number): Classification => ({
    ...answer,
    ...(p.inputCheck ? { inputCheck: p.inputCheck } : {}),
    ...(shift ? { shift } : {}),
    backend,
    timings: { preprocessMs: p.t1 - p.t0, inferenceMs, totalMs: p.t1 - p.t0 + inferenceMs },
    model: { name: metadata.name, version: metadata.version, ...(metadata.labelsGuessed ? { labelsGuessed: true as const } : {}) },
    source: { width: p.image.width, height: p.image.height },
  });
  const classifyNow = async (image: RgbaImage, options: ClassifyOptions): Promise<Classification> => {
    if (disposed) throw new Error('classifier was disposed');
    const p = prepare(image, options);
    // The model runs even when the check fails: "Classify anyway" then needs no second trip.
    // Logits and, for models with a feature score, the pooled features come from one pass.
    let answer: ReturnType<typeof answerFrom>['answer'];
    let shift: ReturnType<typeof assessShift>;
    if (p.zoom.length > 0) {
      // Zoomed answers always count as shifted (input-shift.ts), so the shift temperature applies.
      const calibrated = { ...metadata, temperature: metadata.shiftTemperature ?? metadata.temperature };
      const { features, ...windows } = await classifyWindows(runner, image, p.zoom, metadata.input, calibrated, score?.layer);
      // The windows already cost one pass each; their 8 views each would be 8 times that.
      answer = options.tta ? { ...windows, agreement: { ...windows.agreement, withoutTta: true } } : windows;
      shift = assessShift(metadata.input, p.stain, p.plan?.relativeScale ?? null, p.zoom.length, feature(features, p.zoom.length), p.stainFamily);
    } else {
      const views = options.tta && h === w ? DIHEDRAL_VIEW_COUNT : 1;
      const batch = views > 1 ? dihedralViews(p.input, h) : p.input;
      const { output, activations } = await runner.runWithActivations(batch, views, score?.layer);
      ({ answer, shift } = answerFrom(p, output, activations, views));
    }
    return toClassification(p, answer, shift, now() - p.t1);
  };
  const classifyBatchNow = async (images: readonly RgbaImage[], options: ClassifyOptions): Promise<Classification[]> => {
    if (disposed) throw new Error('classifier was disposed');
    const prepared = images.map((image) => prepare(image, { ...options, zoom: false }));
    const n = prepared.length;
    const size = h * w * c;
    const batch = new Float32Array(n * size);
    prepared.forEach((p, i) => batch.set(p.input, i * size));
    const t1 = now();
    const { output: out, activations } = await runner.runWithActivations(batch, n, score?.layer);
    const inferenceMs = (now() - t1) / n;
    const classes = out.length / n;
    const dims = activations ? activations.length / n : 0;
    return prepared.map((p, i) => {
      const { answer, shift } = answerFrom(p, out.subarray(i * classes, (i + 1) * classes), activations ? activations.subarray(i * dims, (i + 1) * dims) : null, 1);
      return toClassification(p, answer, shift, inferenceMs);
    });
  };

  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    const result = queue.then(job);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    metadata,
    backend,
    classify: (image, options = {}) => enqueue(() => classifyNow(image, options)),
    classifyBatch: (images, options = {}) => enqueue(() => classifyBatchNow(images, options)),
    explain: (image, classIndex, options) => enqueue(() => explainNow(image, classIndex, options?.tta)),
    dispose() {
      disposed = true;
      runner.dispose();
      void explainRunner?.then((r) => r.dispose(), () => undefined);
    },
  };
}
