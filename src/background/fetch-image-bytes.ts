// Downloads an image with the extension's host permission (no CORS needed), with a timeout, a
// byte cap and a specific error for each failure. Only for an image the user chose; pages refer
// to images by a grant (user-grants.ts).
import { MAX_FILE_BYTES } from '../core/image-limits';
import { ClassifierError } from '../shared/errors';
import { t } from '../shared/i18n';

export const FETCH_TIMEOUT_MS = 20_000;

const mb = (bytes: number) => (bytes / 1e6).toFixed(0);
const tooLarge = (declared?: number) => new ClassifierError('too-large',
  declared === undefined ? t('error_file_over_limit', mb(MAX_FILE_BYTES)) : t('error_file_size', mb(declared), mb(MAX_FILE_BYTES)));

/** Reads chunk by chunk up to the cap: a missing or false Content-Length cannot push more into memory. */
async function readCapped(response: Response, controller: AbortController): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_FILE_BYTES) {
      controller.abort(); // closes the connection: the server stops sending
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

export async function fetchImageBytes(url: string): Promise<{ bytes: Uint8Array; mimeType: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    let response: Response;
    try {
      // Credentials: the image may need the page's cookies (a logged-in slide server); no-cache: revalidate, so a changed image is not answered from stale bytes.
      response = await fetch(url, { signal: controller.signal, credentials: 'include', cache: 'no-cache' });
    } catch (err) {
      if (controller.signal.aborted) {
        throw new ClassifierError('fetch-failed', t('error_timeout', FETCH_TIMEOUT_MS / 1000));
      }
      throw new ClassifierError('permission-denied',
        t('error_site_refused', (err as Error).message));
    }
    if (!response.ok) {
      throw new ClassifierError('fetch-failed', t('error_http', response.status));
    }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_FILE_BYTES) {
      controller.abort();
      throw tooLarge(declared);
    }
    const bytes = await readCapped(response, controller);
    return { bytes, mimeType: response.headers.get('content-type') ?? '' };
  } catch (err) {
    if (err instanceof ClassifierError) throw err;
    if (controller.signal.aborted) {
      throw new ClassifierError('fetch-failed', t('error_timeout', FETCH_TIMEOUT_MS / 1000));
    }
    throw new ClassifierError('fetch-failed', t('error_download', (err as Error).message));
  } finally {
    clearTimeout(timer);
  }
}
