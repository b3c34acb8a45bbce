/** Where the model runs: Chrome's offscreen document, or Firefox's background page. */
import type { Classification } from '../core/types';
import type { BackendPreference, EncodedImage, Explanation, RunOptions, TileVerdict, TileWindow } from '../shared/messages';

export interface InferenceHost {
  run(image: EncodedImage, backend: BackendPreference, options?: RunOptions): Promise<Classification>;
  /** Windows of one stored tile-map image, cut in the host; `load` is called only when the host lacks the image. */
  runTiles(imageKey: string, load: () => Promise<EncodedImage>, windows: TileWindow[], backend: BackendPreference): Promise<TileVerdict[]>;
  /** A Grad-CAM heat map of the image's top class (src/core/grad-cam.ts). */
  explain(image: EncodedImage, backend: BackendPreference): Promise<Explanation>;
  /** Starts loading the model without waiting, so a cold click reads its image meanwhile. */
  prepare(backend: BackendPreference): void;
  /** True once a request has succeeded in the current host (the model is loaded). */
  isWarm(): boolean;
}
