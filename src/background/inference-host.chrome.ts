/** Chrome: the model lives in an offscreen document (service workers have no DOM/WebGPU canvas). */
import { ClassifierError } from '../shared/errors';
import { ensureOffscreenDocument } from './ensure-offscreen-document.chrome';
import type { InferenceHost } from './inference-host';
import { hostIsWarm, sendToModelHost } from './send-to-model-host.chrome';
import { t } from '../shared/i18n';

export const inferenceHost: InferenceHost = {
  run: (image, backend, options) => sendToModelHost('host-classify-image', { image, backend, ...(options ? { options } : {}) }),
  async runTiles(imageKey, load, windows, backend) {
    // The host keeps the last tile-map image it decoded: send only rectangles, and the
    // image once when the host answers that it does not hold it (first batch, new document).
    const first = await sendToModelHost('host-classify-tiles', { imageKey, windows, backend });
    if (first.verdicts) return first.verdicts;
    const again = await sendToModelHost('host-classify-tiles', { imageKey, image: await load(), windows, backend });
    if (!again.verdicts) throw new ClassifierError('internal', t('error_host_lost_tile_image'));
    return again.verdicts;
  },
  explain: (image, backend, tta) => sendToModelHost('host-explain-image', { image, backend, ...(tta ? { tta } : {}) }),
  prepare(backend) {
    if (!hostIsWarm()) ensureOffscreenDocument(backend).catch(() => undefined); // the request retries and reports
  },
  isWarm: hostIsWarm,
};
