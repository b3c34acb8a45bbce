/** Background → offscreen document: classify one image with the bundled model. */
import type { Handler } from '../../shared/dispatch';
import { classifyEncodedImage } from '../classify-encoded-image';

// Offscreen documents only get chrome.runtime (no polyfill here), hence chrome.* directly.
export const runModel: Handler<'run-model'> = ({ image, backend, options }) =>
  classifyEncodedImage(image, backend, chrome.runtime.getURL('/'), options);
