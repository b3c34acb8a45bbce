/** `blob:` URLs belong to the page that made them, so only its content script can read one. */
import { bytesToBase64 } from '../../shared/base64';
import type { Handler } from '../../shared/dispatch';
import { ClassifierError } from '../../shared/errors';

export const readBlobUrl: Handler<'read-blob-url'> = async ({ url }) => {
  let blob: Blob;
  try {
    blob = await (await fetch(url)).blob();
  } catch {
    throw new ClassifierError('fetch-failed', 'The page no longer holds this blob: image (it may have been revoked).');
  }
  return { base64: bytesToBase64(new Uint8Array(await blob.arrayBuffer())), mimeType: blob.type, name: 'blob: URL image' };
};
