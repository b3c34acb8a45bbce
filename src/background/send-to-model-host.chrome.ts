// Chrome: the background's sender to the model host (the offscreen document, created on
// demand). An answer, even an error, is final. No answer may be a host that is dying or still
// loading ("Receiving end does not exist"), so it is retried after a pause.
import { ClassifierError } from '../shared/errors';
import type { Envelope, RequestOf, ResponseOf } from '../shared/messages';
import { typedSender, type MessageTo } from '../shared/typed-sender';
import { ensureOffscreenDocument } from './ensure-offscreen-document.chrome';
import { t } from '../shared/i18n';

const RETRY_DELAYS_MS = [0, 250, 1000, 3000];

let warm = false;
export const hostIsWarm = () => warm;

async function post(message: Envelope): Promise<unknown> {
  // Inside the attempt: creating the document fails too if it is closed while loading.
  if (await ensureOffscreenDocument()) warm = false;
  const reply: unknown = await chrome.runtime.sendMessage(message);
  // The document went away before its listener answered.
  if (reply === undefined) throw new Error('the model host did not answer');
  return reply;
}

const sendOnce = typedSender<'model-host'>(post, () => t('who_model_host'));

export async function sendToModelHost<K extends MessageTo<'model-host'>>(type: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  let last: unknown;
  for (const delay of RETRY_DELAYS_MS) {
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    try {
      const value = await sendOnce(type, request);
      warm = true;
      return value;
    } catch (err) {
      if (err instanceof ClassifierError) throw err;
      warm = false;
      last = err;
    }
  }
  throw new ClassifierError('internal', t('error_model_host_stopped', (last as Error).message));
}
