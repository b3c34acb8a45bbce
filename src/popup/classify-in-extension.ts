/** The popup's one action: send the chosen file to the background for classification. */
import { MAX_FILE_BYTES } from '../core/image-limits';
import type { Classification } from '../core/types';
import { bytesToBase64 } from '../shared/base64';
import { browser } from '../shared/browser-api';
import { unwrapReply } from '../shared/dispatch';
import { ClassifierError } from '../shared/errors';
import { envelope, type Envelope } from '../shared/messages';

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
        `The extension's background stopped before answering (${(first as Error).message}). Try again; if it keeps happening, reload the extension.`);
    }
  }
}

export async function classifyInExtension(file: Blob & { name?: string }): Promise<Classification> {
  const name = file.name || 'Pasted image';
  if (file.size > MAX_FILE_BYTES) {
    throw new ClassifierError('too-large', `“${name}” is ${(file.size / 1e6).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 1e6} MB.`);
  }
  const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  const reply = await sendOnce(envelope('classify-image', { image: { base64, mimeType: file.type, name } }));
  return unwrapReply<Classification>(reply, 'the extension');
}
