// The benchmark page, only in bench builds (`BENCH=1`): the model host's code in the extension's
// origin and CSP, driven by scripts/bench/run.ts.
import * as tf from '../model-host/tfjs';
import type { ModelMetadata } from '../core/model-metadata';
import { combineViews } from '../core/combine-views';
import { dihedralViews, DIHEDRAL_VIEW_COUNT } from '../core/dihedral-views';
import { medianFeatureDistance } from '../core/feature-score';
import { checkContextFor, checkInput } from '../core/input-check';
import { classActivationMap } from '../core/class-activation-map';
import { gradCam } from '../core/grad-cam';
import { loadModelRunner, type ModelRunner } from '../core/model-runner';
import { withBackend } from '../core/with-backend';
import { prepareInput } from '../core/prepare-input';
import type { EncodedImage } from '../shared/messages';
import { sendToBackground } from '../shared/send-to-background';
import { decodeImage } from '../model-host/decode-image';
import { selectBackend } from '../model-host/select-backend';
import type { RgbaImage } from '../core/types';
import type { MessageRoundTrip, ModelBenchRequest, ModelBenchResult } from './protocol';

const INPUT: ModelMetadata['input'] = { width: 224, height: 224, channels: 'RGB', range: [0, 1], resize: 'area' };

async function adapterInfo(): Promise<ModelBenchResult['adapter']> {
  type Adapter = { isFallbackAdapter?: boolean; info?: { vendor?: string; architecture?: string; description?: string } };
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<Adapter | null> } }).gpu;
  const adapter = gpu ? await gpu.requestAdapter().catch(() => null) : null;
  if (!adapter) return null;
  const { vendor = '', architecture = '', description = '' } = adapter.info ?? {};
  return { vendor, architecture, description, fallback: adapter.isFallbackAdapter === true };
}

function wasmHeapBytes(): number | null {
  const backend = tf.backend() as unknown as { wasm?: { HEAPU8?: Uint8Array } };
  return backend.wasm?.HEAPU8?.buffer.byteLength ?? null;
}

/** The input check and feature score, timed per run as classifier.ts runs them (src/core/input-check.ts, feature-score.ts). */
async function timeInputCheck(req: ModelBenchRequest, pixels: RgbaImage, runner: ModelRunner, input: Float32Array, batch: number) {
  const score = req.inputCheck?.featureScore;
  const meta = { input: req.input ?? INPUT, inputCheck: req.inputCheck };
  const modelInput = prepareInput(pixels, meta.input).input;
  const inputCheckMs: number[] = [];
  const featureScoreMs: number[] = [];
  const tappedWarmMs: number[] = [];
  for (let i = 0; i < req.runs; i++) {
    const c0 = performance.now();
    checkInput(pixels, 'standard', checkContextFor(meta, pixels, modelInput));
    inputCheckMs.push(performance.now() - c0);
    if (!score) continue;
    const r0 = performance.now();
    const { activations } = await runner.runWithActivations(input, batch, score.layer);
    tappedWarmMs.push(performance.now() - r0);
    if (!activations) throw new Error(`the model cannot be cut at ${score.layer}`);
    const f0 = performance.now();
    medianFeatureDistance(activations, batch, score);
    featureScoreMs.push(performance.now() - f0);
  }
  return { inputCheckMs, ...(score ? { featureScoreMs, tappedWarmMs } : {}) };
}

/** The heat map both ways, as classifier.ts runs them (explainNow / gradCamNow). */
async function timeExplain(req: ModelBenchRequest & { explainRuns: number }, pixels: RgbaImage, runner: ModelRunner, modelUrl: string) {
  const meta = req.input ?? INPUT;
  const shape: [number, number, number] = [meta.height, meta.width, 3];
  const times = async (fn: () => Promise<unknown>) => {
    await fn();
    const out: number[] = [];
    for (let i = 0; i < req.explainRuns; i++) {
      const t0 = performance.now();
      await fn();
      out.push(performance.now() - t0);
    }
    return out;
  };
  const classActivation = await times(async () => {
    const run = await runner.runPositional(prepareInput(pixels, meta).input);
    if (!run) throw new Error('this model has no class-activation map');
    return classActivationMap(run);
  });
  const cpu = await withBackend(tf, 'cpu', () => loadModelRunner(tf, modelUrl));
  try {
    const gradCamMs = await times(() => withBackend(tf, 'cpu', async () => gradCam(tf, cpu, prepareInput(pixels, meta).input, shape)));
    return { classActivation, gradCam: gradCamMs };
  } finally {
    cpu.dispose();
  }
}

async function benchModel(req: ModelBenchRequest): Promise<ModelBenchResult> {
  const base = chrome.runtime.getURL('/');
  const backend = await selectBackend(req.backend, `${base}wasm/`);
  const pixels = await decodeImage(req.image);
  const tp = performance.now();
  const single = prepareInput(pixels, req.input ?? INPUT).input;
  const preprocessMs = performance.now() - tp;
  const all = req.tta ? dihedralViews(single, INPUT.width) : single;
  const views = req.tta ? (req.ttaViews ?? Array.from({ length: DIHEDRAL_VIEW_COUNT }, (_, v) => v)) : [0];
  const batch = views.length;
  const input = req.tta && batch < DIHEDRAL_VIEW_COUNT ? Float32Array.from(views.flatMap((v) => Array.from(all.subarray(v * single.length, (v + 1) * single.length)))) : all;

  const t0 = performance.now();
  const runner = await loadModelRunner(tf, new URL(req.model, base).href, { executor: req.executor, compile: req.compile });
  const t1 = performance.now();
  await runner.run(input, batch);
  const t2 = performance.now();
  const warmMs: number[] = [];
  let output: Float32Array = new Float32Array(0);
  for (let i = 0; i < req.runs; i++) {
    const s = performance.now();
    output = await runner.run(input, batch);
    if (req.tta) output = Float32Array.from(combineViews(output, batch).logits);
    warmMs.push(performance.now() - s);
  }
  const checkTimes = req.inputCheck ? await timeInputCheck(req, pixels, runner, input, batch) : {};
  const explainMs = req.explainRuns ? await timeExplain({ ...req, explainRuns: req.explainRuns }, pixels, runner, new URL(req.model, base).href) : undefined;
  const memory = tf.memory();
  let profile: ModelBenchResult['profile'];
  if (req.profileRuns) {
    const byName = new Map<string, { ms: number; calls: number }>();
    const w0 = performance.now();
    for (let i = 0; i < req.profileRuns; i++) {
      const info = await tf.profile(() => runner.run(input).then(() => undefined));
      for (const k of info.kernels) {
        if (k.name.endsWith('__op')) continue; // an op's scope, already counted by its kernel
        const e = byName.get(k.name) ?? { ms: 0, calls: 0 };
        e.ms += Number(k.kernelTimeMs) / req.profileRuns;
        e.calls += 1 / req.profileRuns;
        byName.set(k.name, e);
      }
    }
    const kernels = [...byName].map(([name, e]) => ({ name, ...e })).sort((a, b) => b.ms - a.ms);
    profile = { kernels, kernelMs: kernels.reduce((a, k) => a + k.ms, 0), wallMs: (performance.now() - w0) / req.profileRuns };
  }
  const reloadMs: number[] = [];
  for (let i = 0; i < (req.reloads ?? 0); i++) {
    const r0 = performance.now();
    const again = await loadModelRunner(tf, new URL(req.model, base).href, { executor: req.executor, compile: req.compile });
    reloadMs.push(performance.now() - r0);
    again.dispose();
  }
  const result: ModelBenchResult = {
    backend,
    adapter: await adapterInfo(),
    loadMs: t1 - t0,
    reloadMs,
    firstMs: t2 - t1,
    warmMs,
    preprocessMs,
    output: Array.from(output),
    tensors: memory.numTensors,
    dataBuffers: memory.numDataBuffers,
    tensorBytes: memory.numBytes,
    wasmHeapBytes: backend === 'wasm' ? wasmHeapBytes() : null,
    ...checkTimes,
    ...(explainMs ? { explainMs } : {}),
    profile,
  };
  runner.dispose();
  return result;
}

/** The popup's path: a 'classify-image' message to the background, which asks the model host. */
async function classifyViaMessage(image: EncodedImage): Promise<MessageRoundTrip> {
  const t0 = performance.now();
  const result = await sendToBackground('classify-image', { image });
  const wallMs = performance.now() - t0;
  const t = result.timings;
  return { wallMs, decodeMs: t.decodeMs ?? 0, preprocessMs: t.preprocessMs, inferenceMs: t.inferenceMs };
}

Object.assign(globalThis, { benchModel, adapterInfo, classifyViaMessage });
document.body.dataset.ready = 'true';
