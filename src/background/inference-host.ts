/** Where the model runs: Chrome's offscreen document, or Firefox's background page. */
import type { Classification } from '../core/types';
import type { BackendPreference, EncodedImage, Explanation, RunOptions, TileVerdict, TileWindow } from '../shared/messages';

export interface InferenceHost {
  run(image: EncodedImage, backend: BackendPreference, options?: RunOptions): Promise<Classification>;
  /**
   * A batch of windows of one tile-map image (`imageKey`), cut and classified in the host;
   * verdicts in window order. `load` reads the image, called only when the host lacks it.
   */
  runTiles(imageKey: string, load: () => Promise<EncodedImage>, windows: TileWindow[], backend: BackendPreference): Promise<TileVerdict[]>;
  /** A Grad-CAM heat map of the image's top class (src/core/grad-cam.ts). */
  /** `tta`: explain the class the 8 flipped/rotated views agree on, as the card shows it with TTA on. */
  explain(image: EncodedImage, backend: BackendPreference, tta?: boolean): Promise<Explanation>;
  /**
   * Starts the host and the model loading now, without waiting (a click, before its image is
   * read): the cold path then overlaps reading the image with loading the model.
   */
  prepare(backend: BackendPreference): void;
  /** True once a request has succeeded in the current host (the model is loaded). */
  isWarm(): boolean;
}
