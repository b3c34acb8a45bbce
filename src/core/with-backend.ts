/**
 * Runs `fn` with another TF.js backend, then switches back. Grad-CAM needs gradient kernels
 * that tfjs-backend-wasm 4.22 lacks (DepthwiseConv2dNativeBackpropInput/Filter,
 * Conv2DBackpropFilter, UnsortedSegmentSum), so explanations run on 'cpu', which has them all.
 * Callers must serialise: the backend is global to TF.js.
 */
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
