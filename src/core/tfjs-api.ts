/**
 * The TF.js that core code is handed: tfjs-core's ops and the Layers API, nothing else.
 * The extension bundles exactly these (plus the backends it selects), not the whole
 * `@tensorflow/tfjs` package, whose converter, data API and WebGL backend it never uses
 * (docs/PERFORMANCE.md, "Bundle size"). The full `@tensorflow/tfjs` namespace fits this
 * type too, so Node tests and scripts keep passing it.
 */
import type * as tfjsCore from '@tensorflow/tfjs-core';
import type * as tfjsLayers from '@tensorflow/tfjs-layers';

export type TfjsApi = typeof tfjsCore & typeof tfjsLayers;
