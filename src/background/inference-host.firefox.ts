// Firefox: the background is an event page with a DOM (no offscreen API exists), so the
// model runs right here. State is only in memory: when Firefox suspends the idle event
// page (after ~30 s), the next request simply loads the model again (model-host is lazy).
import { browser } from '../shared/browser-api';
import type { InferenceHost } from './inference-host';
import { t } from '../shared/i18n';

let warm = false;

export const inferenceHost: InferenceHost = {
  async run(image, backend, options) {
    // Loaded on first use: the event page wakes for every menu click and message, and
    // should not parse TF.js (~1.5 MB) before it can show "Reading image…".
    const { classifyEncodedImage } = await import('../model-host/classify-encoded-image');
    const result = await classifyEncodedImage(image, backend, browser.runtime.getURL('/'), options);
    warm = true;
    return result;
  },
  async explain(image, backend, tta) {
    const { explainEncodedImage } = await import('../model-host/explain-encoded-image');
    const result = await explainEncodedImage(image, backend, browser.runtime.getURL('/'), tta);
    warm = true;
    return result;
  },
  async runTiles(imageKey, load, windows, backend) {
    const { classifyTileWindows } = await import('../model-host/classify-tile-windows');
    const verdicts = await classifyTileWindows(imageKey, load, windows, backend, browser.runtime.getURL('/'));
    // Never null: `load` is given, so the image is read whenever this page does not hold it.
    if (!verdicts) throw new Error(t('error_host_lost_tile_image'));
    warm = true;
    return verdicts;
  },
  prepare(backend) {
    if (warm) return;
    import('../model-host/classifier-cache')
      .then(({ getClassifier }) => getClassifier(backend, browser.runtime.getURL('/')))
      .catch(() => undefined); // the request loads again and reports any failure
  },
  isWarm: () => warm,
};
