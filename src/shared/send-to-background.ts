/**
 * The extension pages' and content scripts' sender to the background. The background may
 * stop with a request in flight (Chrome stops an idle service worker, or it is restarted or
 * updated): sendMessage then rejects, and the request is sent once more to the restarted
 * background before it is reported.
 */
import { browser } from './browser-api';
import { ClassifierError } from './errors';
import type { Envelope } from './messages';
import { typedSender } from './typed-sender';
import { t } from './i18n';

async function post(message: Envelope): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch (first) {
    try {
      return await browser.runtime.sendMessage(message);
    } catch {
      throw new ClassifierError('internal', t('error_background_stopped', (first as Error).message));
    }
  }
}

export const sendToBackground = typedSender<'background'>(post, () => t('who_extension'));
