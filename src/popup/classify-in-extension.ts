/** The popup's one action: send the chosen file to the background for classification. */
import { MAX_FILE_BYTES } from '../core/image-limits';
import type { Classification } from '../core/types';
import { bytesToBase64 } from '../shared/base64';
import { browser } from '../shared/browser-api';
import { unwrapReply } from '../shared/dispatch';
import { ClassifierError } from '../shared/errors';
import { envelope } from '../shared/messages';

export async function classifyInExtension(file: Blob & { name?: string }): Promise<Classification> {
  const name = file.name || 'Pasted image';
  if (file.size > MAX_FILE_BYTES) {
    throw new ClassifierError('too-large', `“${name}” is ${(file.size / 1e6).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 1e6} MB.`);
  }
  const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  const reply = await browser.runtime.sendMessage(envelope('classify-image', { image: { base64, mimeType: file.type, name } }));
  return unwrapReply<Classification>(reply, 'the extension');
}
