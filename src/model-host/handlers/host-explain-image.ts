/** Background → offscreen document: a heat map of one image. */
import type { Handler } from '../../shared/dispatch';
import { explainEncodedImage } from '../explain-encoded-image';

// Offscreen documents only get chrome.runtime (no polyfill here), hence chrome.* directly.
export const hostExplainImage: Handler<'host-explain-image'> = ({ image, backend, tta }) =>
  explainEncodedImage(image, backend, chrome.runtime.getURL('/'), tta);
