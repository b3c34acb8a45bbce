/** Parses a `data:` URL into its MIME type and bytes (base64 or percent-encoded). */
import { base64ToBytes } from './base64';
import { ClassifierError } from './errors';
import { t } from './i18n';

export function parseDataUrl(url: string): { mimeType: string; bytes: Uint8Array } {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma < 0) throw new ClassifierError('not-an-image', t('error_data_url_malformed'));
  const meta = url.slice(5, comma).split(';');
  const mimeType = meta[0] || 'text/plain';
  const payload = url.slice(comma + 1);
  try {
    const bytes = meta.includes('base64')
      ? base64ToBytes(decodeURIComponent(payload).replace(/\s+/g, ''))
      : new TextEncoder().encode(decodeURIComponent(payload));
    return { mimeType, bytes };
  } catch {
    throw new ClassifierError('decode-failed', t('error_data_url_decode'));
  }
}
