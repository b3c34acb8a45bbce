/**
 * The benchmark page: only in bench builds (`BENCH=1 vite build` → dist/chrome-bench), never
 * in the shipped extension. It runs in the extension's origin under the same CSP, with the
 * same bundled WASM binaries and the same code as the offscreen document (backend
 * selection, image decoding, preprocessing, model runner), and exposes one function that
 * scripts/bench/run.ts calls through puppeteer.
 */
import * as tf from '@tensorflow/tfjs';
import type { ModelMetadata } from '../core/model-metadata';
import { loadModelRunner } from '../core/model-runner';
import { preprocess } from '../core/preprocess';
import { decodeImage } from '../offscreen/decode-image';
import { selectBackend } from '../offscreen/select-backend';
import type { ModelBenchRequest, ModelBenchResult } from './protocol';

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

async function benchModel(req: ModelBenchRequest): Promise<ModelBenchResult> {
  const base = chrome.runtime.getURL('/');
  const backend = await selectBackend(req.backend, `${base}wasm/`);
  const pixels = await decodeImage(req.image);
  const tp = performance.now();
  const input = preprocess(pixels, INPUT);
  const preprocessMs = performance.now() - tp;

  const t0 = performance.now();
  const runner = await loadModelRunner(tf, new URL(req.model, base).href, { executor: req.executor, compile: req.compile });
  const t1 = performance.now();
  await runner.run(input);
  const t2 = performance.now();
  const warmMs: number[] = [];
  let output: Float32Array = new Float32Array(0);
  for (let i = 0; i < req.runs; i++) {
    const s = performance.now();
    output = await runner.run(input);
    warmMs.push(performance.now() - s);
  }
  const memory = tf.memory();
  const result: ModelBenchResult = {
    backend,
    adapter: await adapterInfo(),
    loadMs: t1 - t0,
    firstMs: t2 - t1,
    warmMs,
    preprocessMs,
    output: Array.from(output),
    tensors: memory.numTensors,
    dataBuffers: memory.numDataBuffers,
    tensorBytes: memory.numBytes,
    wasmHeapBytes: backend === 'wasm' ? wasmHeapBytes() : null,
  };
  runner.dispose();
  return result;
}

Object.assign(globalThis, { benchModel, adapterInfo });
document.body.dataset.ready = 'true';
