// Decode → classify, reporting the full time spent in the host. Shared by both inference
// hosts (Chrome's offscreen document, Firefox's background page), so it takes the
// extension's base URL instead of calling a browser-specific `runtime.getURL`.
import type { Classification } from '../core/types';
import { ClassifierError } from '../shared/errors';
import type { BackendPreference, EncodedImage, RunOptions } from '../shared/messages';
import { decodeImage } from './decode-image';
import { imageDigest } from './image-digest';
import { getClassifier, mark } from './classifier-cache';
import { t } from '../shared/i18n';

export async function classifyEncodedImage(image: EncodedImage, backend: BackendPreference, baseUrl: string, options?: RunOptions): Promise<Classification> {
  // Start loading the model while the image decodes: the first request pays for both at once.
  const classifierPromise = getClassifier(backend, baseUrl);
  const t0 = performance.now();
  const pixels = await decodeImage(image);
  const decodeMs = performance.now() - t0;
  mark('decoded');
  const classifier = await classifierPromise;
  // The digest (sha256 + thumbnail, for history) is made while the model runs.
  const digest = imageDigest(pixels).catch((err: unknown) => {
    throw new ClassifierError('internal', t('error_fingerprint', (err as Error).message));
  });
  digest.catch(() => undefined); // handled below; avoids an unhandled rejection if the model fails first
  let result: Classification;
  const c0 = performance.now();
  try {
    result = await classifier.classify(pixels, options);
    // Splits a cold request's time: the input check and estimates, then the first inference.
    mark('input-checked', c0 + result.timings.preprocessMs);
    mark('inferred');
  } catch (err) {
    throw new ClassifierError('inference-failed', t('error_inference', (err as Error).message));
  }
  return { ...result, timings: { ...result.timings, decodeMs, totalMs: result.timings.totalMs + decodeMs }, digest: await digest };
}
