/** Chrome: the model lives in an offscreen document (service workers have no DOM/WebGPU canvas). */
import type { Classification } from '../core/types';
import { unwrapReply } from '../shared/dispatch';
import { ClassifierError } from '../shared/errors';
import { envelope, type Explanation, type MessageType, type RequestOf, type ResponseOf } from '../shared/messages';
import { ensureOffscreenDocument } from './ensure-offscreen-document.chrome';
import type { InferenceHost } from './inference-host';
import { t } from '../shared/i18n';

let warm = false;

type HostMessage = 'run-model' | 'run-model-tiles' | 'run-explain';

async function attempt<K extends HostMessage>(type: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  // Inside the attempt: creating the document fails too if it is closed while loading
  // ("Offscreen document closed before fully loading").
  if (await ensureOffscreenDocument()) warm = false;
  const reply: unknown = await chrome.runtime.sendMessage(envelope<MessageType>(type, request));
  // No reply at all: the document went away before its listener answered (retried).
  if (reply === undefined) throw new Error('the model host did not answer');
  const result = unwrapReply<ResponseOf<K>>(reply, t('who_model_host'));
  warm = true;
  return result;
}

/**
 * An answer from the host, even an error (bad image, model failure, a bug), is final: the
 * host is alive. A failure to get an answer (channel closed, no receiver, document not
 * created) may be the host dying or loading, and is retried.
 */
const isFinal = (err: unknown) => err instanceof ClassifierError;

/**
 * Pauses before each retry. The document may have been closed mid-request (recreated on
 * retry), or be still loading when this worker restarted after the one that created it
 * died: it exists but has no listener yet ("Receiving end does not exist").
 */
const RETRY_DELAYS_MS = [0, 250, 1000, 3000];

async function call<K extends HostMessage>(type: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  let last: unknown;
  for (const delay of RETRY_DELAYS_MS) {
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    try {
      return await attempt(type, request);
    } catch (err) {
      if (isFinal(err)) throw err;
      warm = false;
      last = err;
    }
  }
  throw new ClassifierError('internal', t('error_model_host_stopped', (last as Error).message));
}

export const inferenceHost: InferenceHost = {
  run: (image, backend, options): Promise<Classification> => call('run-model', { image, backend, ...(options ? { options } : {}) }),
  async runTiles(imageKey, load, windows, backend) {
    // The host keeps the last tile-map image it decoded: send only rectangles, and the
    // image once when the host answers that it does not hold it (first batch, new document).
    const first = await call('run-model-tiles', { imageKey, windows, backend });
    if (first.verdicts) return first.verdicts;
    const again = await call('run-model-tiles', { imageKey, image: await load(), windows, backend });
    if (!again.verdicts) throw new ClassifierError('internal', t('error_host_lost_tile_image'));
    return again.verdicts;
  },
  explain: (image, backend, tta): Promise<Explanation> => call('run-explain', { image, backend, ...(tta ? { tta } : {}) }),
  prepare(backend) {
    if (!warm) ensureOffscreenDocument(backend).catch(() => undefined); // the request retries and reports
  },
  isWarm: () => warm,
};
