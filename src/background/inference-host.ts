/** Where the model runs: Chrome's offscreen document, or Firefox's background page. */
import type { Classification } from '../core/types';
import type { BackendPreference, EncodedImage, Explanation, RunOptions, TileVerdict, TileWindow } from '../shared/messages';

export interface InferenceHost {
  run(image: EncodedImage, backend: BackendPreference, options?: RunOptions): Promise<Classification>;
  /** Windows of one stored tile-map image, cut in the host; `load` is called only when the host lacks the image. */
  runTiles(imageKey: string, load: () => Promise<EncodedImage>, windows: TileWindow[], backend: BackendPreference): Promise<TileVerdict[]>;
  /** `tta`: explain the class the 8 flipped/rotated views agree on, as the card shows it with TTA on. */
  explain(image: EncodedImage, backend: BackendPreference, tta?: boolean): Promise<Explanation>;
  /** Starts loading the model without waiting, so a cold click reads its image meanwhile. */
  prepare(backend: BackendPreference): void;
  isWarm(): boolean;
}
