/** Chrome: the model lives in an offscreen document (service workers have no DOM/WebGPU canvas). */
import type { Classification } from '../core/types';
import { unwrapReply } from '../shared/dispatch';
import { ClassifierError } from '../shared/errors';
import { envelope, type Explanation, type MessageType, type RequestOf, type ResponseOf } from '../shared/messages';
import { ensureOffscreenDocument } from './ensure-offscreen-document.chrome';
import type { InferenceHost } from './inference-host';

let warm = false;

type HostMessage = 'run-model' | 'run-model-tiles' | 'run-explain';

async function send<K extends HostMessage>(type: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply: unknown = await chrome.runtime.sendMessage(envelope<MessageType>(type, request));
  return unwrapReply<ResponseOf<K>>(reply, 'the model host');
}

async function call<K extends HostMessage>(type: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  if (await ensureOffscreenDocument()) warm = false;
  try {
    const result = await send(type, request);
    warm = true;
    return result;
  } catch (err) {
    if (err instanceof ClassifierError && err.code !== 'internal') throw err;
    // The document may have been closed mid-request (or never answered): recreate it
    // and retry once, so that no request is silently dropped.
    warm = false;
    await ensureOffscreenDocument();
    const result = await send(type, request);
    warm = true;
    return result;
  }
}

export const inferenceHost: InferenceHost = {
  run: (image, backend, options): Promise<Classification> => call('run-model', { image, backend, ...(options ? { options } : {}) }),
  runTiles: async (tiles, backend) => (await call('run-model-tiles', { tiles, backend })).results,
  explain: (image, backend): Promise<Explanation> => call('run-explain', { image, backend }),
  isWarm: () => warm,
};
