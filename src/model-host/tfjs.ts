// The model host's TF.js: the union package minus WebGL, the converter and tfjs-data, ~0.4 MB
// less for the Firefox event page to parse on every wake (docs/PERFORMANCE.md).
import '@tensorflow/tfjs-core/dist/register_all_gradients'; // Grad-CAM's tf.grad
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops'; // tensor methods: x.reshape(…)
// The CPU backend runs Grad-CAM: WASM lacks some gradient kernels (src/core/with-backend.ts).
import '@tensorflow/tfjs-backend-cpu';

export * from '@tensorflow/tfjs-core';
export * from '@tensorflow/tfjs-layers';
