/**
 * The TF.js of the inference host: what `@tensorflow/tfjs` gives, minus the parts the
 * extension never uses — the WebGL backend (we pick WebGPU or WASM), the graph-model
 * converter (our model is a LayersModel) and tfjs-data. That is ~0.4 MB less JavaScript
 * for the Firefox event page to parse on every wake (docs/PERFORMANCE.md, "Bundle size").
 * The side-effect imports are the ones `@tensorflow/tfjs`'s own index makes.
 */
import '@tensorflow/tfjs-core/dist/register_all_gradients'; // Grad-CAM's tf.grad
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops'; // tensor methods: x.reshape(…)
// The CPU backend runs Grad-CAM: WASM lacks some gradient kernels (src/core/with-backend.ts).
import '@tensorflow/tfjs-backend-cpu';

export * from '@tensorflow/tfjs-core';
export * from '@tensorflow/tfjs-layers';
