/** `blob:` URLs belong to the page that made them, so only its content script can read one. */
import type { Handler } from '../../shared/dispatch';
import { MAX_FILE_BYTES } from '../../core/image-limits';
import { ClassifierError } from '../../shared/errors';
import { t } from '../../shared/i18n';

/** Base64 from FileReader: in a Firefox content script, typed-array methods on a page blob's bytes throw "Permission denied". */
function readAsBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result);
      resolve(dataUrl.slice(dataUrl.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new ClassifierError('fetch-failed', t('error_blob_unreadable')));
    reader.readAsDataURL(blob);
  });
}

export const readBlobUrl: Handler<'read-blob-url'> = async ({ url }) => {
  let blob: Blob;
  try {
    blob = await (await fetch(url)).blob();
  } catch {
    throw new ClassifierError('fetch-failed', t('error_blob_revoked'));
  }
  // Checked before reading, so a page's huge blob is never copied into base64 here; the
  // background checks the reply against the same cap (messages.ts) whatever this script says.
  if (blob.size > MAX_FILE_BYTES) {
    throw new ClassifierError('too-large', t('error_file_size', (blob.size / 1e6).toFixed(0), (MAX_FILE_BYTES / 1e6).toFixed(0)));
  }
  return { base64: await readAsBase64(blob), mimeType: blob.type.slice(0, 200), name: 'blob: URL image' };
};
