/** Where the model runs: Chrome's offscreen document, or Firefox's background page. */
import type { Classification } from '../core/types';
import type { BackendPreference, EncodedImage, Explanation, RawPixels, RunOptions } from '../shared/messages';

export interface InferenceHost {
  run(image: EncodedImage, backend: BackendPreference, options?: RunOptions): Promise<Classification>;
  /** A batch of tile-map tiles (raw RGBA), classified back to back; results in tile order. */
  runTiles(tiles: RawPixels[], backend: BackendPreference): Promise<Classification[]>;
  /** A Grad-CAM heat map of the image's top class (src/core/grad-cam.ts). */
  explain(image: EncodedImage, backend: BackendPreference): Promise<Explanation>;
  /** True once a request has succeeded in the current host (the model is loaded). */
  isWarm(): boolean;
}
