/** The popup's one action: send the chosen file to the background for classification. */
import { MAX_FILE_BYTES } from '../core/image-limits';
import type { Classification } from '../core/types';
import { bytesToBase64 } from '../shared/base64';
import { browser } from '../shared/browser-api';
import { unwrapReply } from '../shared/dispatch';
import { ClassifierError } from '../shared/errors';
import { envelope, type Envelope } from '../shared/messages';
import { t } from '../shared/i18n';

/**
 * The background may die with the request in flight (Chrome stops an idle service worker,
 * or it is restarted or updated): sendMessage then rejects with "message port closed".
 * The request is sent once more to the restarted background, then reported, never dropped.
 */
async function sendOnce(message: Envelope<'classify-image'>): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch (first) {
    try {
      return await browser.runtime.sendMessage(message);
    } catch {
      throw new ClassifierError('internal',
        t('error_background_stopped', (first as Error).message));
    }
  }
}

export async function classifyInExtension(file: Blob & { name?: string }): Promise<Classification> {
  const name = file.name || 'Pasted image';
  if (file.size > MAX_FILE_BYTES) {
    throw new ClassifierError('too-large', t('error_file_too_large', name, (file.size / 1e6).toFixed(0), MAX_FILE_BYTES / 1e6));
  }
  const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  const reply = await sendOnce(envelope('classify-image', { image: { base64, mimeType: file.type, name } }));
  return unwrapReply<Classification>(reply, t('who_extension'));
}
