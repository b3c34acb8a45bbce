/** Where the model runs: Chrome's offscreen document, or Firefox's background page. */
import type { Classification } from '../core/types';
import type { BackendPreference, EncodedImage } from '../shared/messages';

export interface InferenceHost {
  run(image: EncodedImage, backend: BackendPreference): Promise<Classification>;
  /** True once a request has succeeded in the current host (the model is loaded). */
  isWarm(): boolean;
}
