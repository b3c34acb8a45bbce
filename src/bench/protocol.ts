/** What scripts/bench/run.ts asks the benchmark page (src/bench/main.ts) and gets back. */
import type { CompileOptions } from '../core/compile-model';
import type { ModelMetadata } from '../core/model-metadata';
import type { Executor } from '../core/model-runner';
import type { BackendPreference, EncodedImage } from '../shared/messages';

export interface ModelBenchRequest {
  model: string;
  backend: Exclude<BackendPreference, 'auto'>;
  executor: Executor;
  compile?: CompileOptions;
  runs: number;
  /** Further loads (each disposed) after the runs, for a load-time spread; 0 or absent: none. */
  reloads?: number;
  /** Extra runs under tf.profile (per-kernel times), after the timed ones; 0 or absent: none. */
  profileRuns?: number;
  /** Test-time augmentation: the 8 dihedral views as one batch, logits averaged (as the classifier does). */
  tta?: boolean;
  /** With `tta`: only these of the 8 dihedral views (dihedral-views.ts order), one batch. */
  ttaViews?: number[];
  /** The model's input contract (resize, stain normalisation); absent: plain resize to 224 × 224. */
  input?: ModelMetadata['input'];
  inputCheck?: ModelMetadata['inputCheck'];
  /** Also time the class-activation map and Grad-CAM (on a CPU copy), this many runs each. */
  explainRuns?: number;
  image: EncodedImage;
}

export interface ModelBenchResult {
  /** The backend that actually ran ('wasm' when WebGPU was asked for but could not start). */
  backend: string;
  adapter: { vendor: string; architecture: string; description: string; fallback: boolean } | null;
  loadMs: number;
  /** The further loads of `reloads` (the page has loaded the model once before). */
  reloadMs: number[];
  /** The first inference: XNNPACK operator set-up / WebGPU shader compilation. */
  firstMs: number;
  /** Each later inference: input upload, forward pass, read-back of the output. */
  warmMs: number[];
  /** Resize + normalisation of the decoded image (pure TypeScript, once). */
  preprocessMs: number;
  output: number[];
  tensors: number;
  dataBuffers: number;
  tensorBytes: number;
  wasmHeapBytes: number | null;
  inputCheckMs?: number[];
  featureScoreMs?: number[];
  tappedWarmMs?: number[];
  /** With `explainRuns`: ms per heat map of the top class from decoded pixels, per method. */
  explainMs?: { classActivation: number[]; gradCam: number[] };
  /** Per kernel, summed over a run (averaged over profileRuns), slowest first. */
  profile?: { kernels: { name: string; ms: number; calls: number }[]; kernelMs: number; wallMs: number };
}

export interface MessageRoundTrip {
  wallMs: number;
  decodeMs: number;
  preprocessMs: number;
  inferenceMs: number;
}
