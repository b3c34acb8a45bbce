/** Background → offscreen document: classify one image with the bundled model. */
import type { Handler } from '../../shared/dispatch';
import { classifyEncodedImage } from '../classify-encoded-image';
import { mark } from '../classifier-cache';

// Offscreen documents only get chrome.runtime (no polyfill here), hence chrome.* directly.
export const hostClassifyImage: Handler<'host-classify-image'> = async ({ image, backend, options }) => {
  mark('request');
  try {
    return await classifyEncodedImage(image, backend, chrome.runtime.getURL('/'), options);
  } finally {
    mark('answered');
  }
};
