/**
 * Downloads an image from the extension (host permission: no CORS needed), with a
 * timeout, a byte cap, and specific errors for each way it can go wrong.
 */
import { MAX_FILE_BYTES } from '../core/image-limits';
import { ClassifierError } from '../shared/errors';

export const FETCH_TIMEOUT_MS = 20_000;

export async function fetchImageBytes(url: string): Promise<{ bytes: Uint8Array; mimeType: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    let response: Response;
    try {
      // credentials: a page's own images may need its cookies (e.g. a logged-in slide server).
      response = await fetch(url, { signal: controller.signal, credentials: 'include', cache: 'force-cache' });
    } catch (err) {
      if (controller.signal.aborted) {
        throw new ClassifierError('fetch-failed', `The image did not arrive within ${FETCH_TIMEOUT_MS / 1000} s.`);
      }
      throw new ClassifierError('permission-denied',
        `The image could not be read: the site refused the request or blocked the extension (${(err as Error).message}).`);
    }
    if (!response.ok) {
      throw new ClassifierError('fetch-failed', `The image could not be downloaded (HTTP ${response.status}).`);
    }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_FILE_BYTES) {
      throw new ClassifierError('too-large', `The image file is ${(declared / 1e6).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 1e6} MB.`);
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_FILE_BYTES) {
      throw new ClassifierError('too-large', `The image file is ${(bytes.length / 1e6).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 1e6} MB.`);
    }
    return { bytes, mimeType: response.headers.get('content-type') ?? '' };
  } catch (err) {
    if (err instanceof ClassifierError) throw err;
    if (controller.signal.aborted) {
      throw new ClassifierError('fetch-failed', `The image did not arrive within ${FETCH_TIMEOUT_MS / 1000} s.`);
    }
    throw new ClassifierError('fetch-failed', `The image could not be downloaded: ${(err as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}
