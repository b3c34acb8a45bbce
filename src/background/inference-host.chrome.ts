/** Chrome: the model lives in an offscreen document (service workers have no DOM/WebGPU canvas). */
import type { Classification } from '../core/types';
import { unwrapReply } from '../shared/dispatch';
import { ClassifierError } from '../shared/errors';
import { envelope, type Explanation } from '../shared/messages';
import { ensureOffscreenDocument } from './ensure-offscreen-document.chrome';
import type { InferenceHost } from './inference-host';

let warm = false;

async function send(request: Parameters<InferenceHost['run']>): Promise<Classification> {
  const [image, backend, options] = request;
  const reply: unknown = await chrome.runtime.sendMessage(envelope('run-model', { image, backend, ...(options ? { options } : {}) }));
  return unwrapReply<Classification>(reply, 'the model host');
}

export const inferenceHost: InferenceHost = {
  async run(image, backend, options) {
    if (await ensureOffscreenDocument()) warm = false;
    try {
      const result = await send([image, backend, options]);
      warm = true;
      return result;
    } catch (err) {
      if (err instanceof ClassifierError && err.code !== 'internal') throw err;
      // The document may have been closed mid-request (or never answered): recreate it
      // and retry once, so that no request is silently dropped.
      warm = false;
      await ensureOffscreenDocument();
      const result = await send([image, backend, options]);
      warm = true;
      return result;
    }
  },
  async explain(image, backend) {
    if (await ensureOffscreenDocument()) warm = false;
    const reply: unknown = await chrome.runtime.sendMessage(envelope('run-explain', { image, backend }));
    const result = unwrapReply<Explanation>(reply, 'the model host');
    warm = true;
    return result;
  },
  isWarm: () => warm,
};
