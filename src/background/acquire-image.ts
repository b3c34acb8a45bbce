// Gets the bytes of a right-clicked image: `data:` URLs are decoded here, `blob:` URLs
// (which belong to the page) are read by the content script, http(s) images are fetched
// by the extension with its host permission, so cross-origin images need no CORS.
import { MAX_FILE_BYTES } from '../core/image-limits';
import { bytesToBase64 } from '../shared/base64';
import { parseDataUrl } from '../shared/data-url';
import { ClassifierError } from '../shared/errors';
import type { EncodedImage } from '../shared/messages';
import { fetchImageBytes } from './fetch-image-bytes';
import { sendToTab } from './send-to-tab';
import { t } from '../shared/i18n';

export async function acquireImage(srcUrl: string, tabId: number, frameId: number): Promise<EncodedImage> {
  const name = srcUrl.length > 200 ? `${srcUrl.slice(0, 120)}…` : srcUrl;
  const scheme = srcUrl.slice(0, srcUrl.indexOf(':') + 1).toLowerCase();
  if (scheme === 'data:') {
    // Checked before decoding: base64 is 4/3 of the bytes, so this bounds the work too.
    if (srcUrl.length > (MAX_FILE_BYTES * 4) / 3 + 1024) {
      throw new ClassifierError('too-large', t('error_data_url_too_large', (srcUrl.length * 0.75 / 1e6).toFixed(0), MAX_FILE_BYTES / 1e6));
    }
    const { mimeType, bytes } = parseDataUrl(srcUrl);
    return { base64: bytesToBase64(bytes), mimeType, name: 'data: URL image' };
  }
  if (scheme === 'blob:') {
    // Checked on arrival (send-to-tab.ts): at most the file cap, whatever the page says.
    return sendToTab('read-blob-url', { url: srcUrl }, tabId, frameId);
  }
  if (scheme === 'http:' || scheme === 'https:' || scheme === 'file:') {
    const { bytes, mimeType } = await fetchImageBytes(srcUrl);
    return { base64: bytesToBase64(bytes), mimeType, name };
  }
  throw new ClassifierError('permission-denied', t('error_scheme', scheme));
}
