// The sender to the background from extension pages and content scripts. A background stopped
// mid-request makes sendMessage reject: the request goes once more to the restarted one.
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
