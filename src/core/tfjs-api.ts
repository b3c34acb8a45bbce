// The TF.js that core code is handed: tfjs-core ops and the Layers API, which the extension
// bundles without the union package (docs/PERFORMANCE.md); the union package fits too.
import type * as tfjsCore from '@tensorflow/tfjs-core';
import type * as tfjsLayers from '@tensorflow/tfjs-layers';

export type TfjsApi = typeof tfjsCore & typeof tfjsLayers;
