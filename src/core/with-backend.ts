// Runs `fn` on another TF.js backend, then switches back: Grad-CAM needs gradient kernels
// tfjs-backend-wasm 4.22 lacks, which 'cpu' has. Callers must serialise; the backend is global.
import type { TfjsApi } from './tfjs-api';

export async function withBackend<T>(tf: TfjsApi, name: string, fn: () => Promise<T>): Promise<T> {
  const previous = tf.getBackend();
  if (previous === name) return fn();
  if (!(await tf.setBackend(name))) throw new Error(`the TF.js ${name} backend is not available`);
  try {
    return await fn();
  } finally {
    await tf.setBackend(previous);
  }
}
