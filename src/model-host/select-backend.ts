// Picks the TF.js backend: WebGPU only on a hardware adapter (a software one is ~15× slower than
// WASM here); WASM single-threaded, since the threaded build needs blob: workers the MV3 CSP forbids.
import * as tf from './tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { BackendPreference } from '../shared/messages';
import { t } from '../shared/i18n';

const WEBGPU_TIMEOUT_MS = 10_000;

interface AdapterLike {
  isFallbackAdapter?: boolean;
  info?: { vendor?: string; architecture?: string; description?: string };
}

async function webGpuAdapter(): Promise<{ software: boolean } | null> {
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<AdapterLike | null> } }).gpu;
  if (!gpu) return null;
  const adapter = await gpu.requestAdapter().catch(() => null);
  if (!adapter) return null;
  const info = adapter.info ?? {};
  const software = adapter.isFallbackAdapter === true || /swiftshader|llvmpipe|software/i.test(
    `${info.vendor ?? ''} ${info.architecture ?? ''} ${info.description ?? ''}`);
  return { software };
}

function withTimeout<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return Promise.race([p, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms))]);
}

async function tryWebGpu(): Promise<boolean> {
  // setBackend returns false (and getBackend() may still say 'webgpu') when it fails.
  const ok = await withTimeout(tf.setBackend('webgpu').catch(() => false), WEBGPU_TIMEOUT_MS, false);
  return ok && tf.getBackend() === 'webgpu';
}

export async function selectBackend(preference: BackendPreference, wasmDir: string): Promise<string> {
  if (preference !== 'wasm') {
    const adapter = await webGpuAdapter();
    if (adapter && (!adapter.software || preference === 'webgpu')) {
      // Loaded only when there is an adapter to use: ~0.2 MB of JavaScript that Firefox on
      // Linux (no WebGPU) and WASM-only machines never parse (docs/PERFORMANCE.md).
      await import('@tensorflow/tfjs-backend-webgpu'); // registers the 'webgpu' backend
      if (await tryWebGpu()) return 'webgpu';
    }
  }
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths(wasmDir);
  if (await tf.setBackend('wasm')) return 'wasm';
  throw new Error(t('error_no_backend'));
}
