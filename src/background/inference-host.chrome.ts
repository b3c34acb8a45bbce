/** Chrome: the model lives in an offscreen document (service workers have no DOM/WebGPU canvas). */
import type { Classification } from '../core/types';
import { unwrapReply } from '../shared/dispatch';
import { ClassifierError } from '../shared/errors';
import { envelope, type BackendPreference, type EncodedImage } from '../shared/messages';
import { ensureOffscreenDocument } from './ensure-offscreen-document.chrome';
import type { InferenceHost } from './inference-host';

let warm = false;

async function attempt(image: EncodedImage, backend: BackendPreference): Promise<Classification> {
  // Inside the attempt: creating the document fails too if it is closed while loading
  // ("Offscreen document closed before fully loading").
  if (await ensureOffscreenDocument()) warm = false;
  const reply: unknown = await chrome.runtime.sendMessage(envelope('run-model', { image, backend }));
  // No reply at all: the document went away before its listener answered (retried).
  if (reply === undefined) throw new Error('the model host did not answer');
  const result = unwrapReply<Classification>(reply, 'the model host');
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

export const inferenceHost: InferenceHost = {
  async run(image, backend) {
    let last: unknown;
    for (const delay of RETRY_DELAYS_MS) {
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      try {
        return await attempt(image, backend);
      } catch (err) {
        if (isFinal(err)) throw err;
        warm = false;
        last = err;
      }
    }
    throw new ClassifierError('internal',
      `The model host stopped answering while classifying this image (${(last as Error).message}). Try again.`);
  },
  isWarm: () => warm,
};
