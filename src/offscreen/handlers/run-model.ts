/** Decode → classify, reporting the full time spent in the host. */
import type { Handler } from '../../shared/dispatch';
import { ClassifierError } from '../../shared/errors';
import { decodeImage } from '../decode-image';
import { getClassifier } from '../model-host';

export const runModel: Handler<'run-model'> = async ({ image, backend }) => {
  const classifierPromise = getClassifier(backend, chrome.runtime.getURL('/'));
  const t0 = performance.now();
  const pixels = await decodeImage(image);
  const decodeMs = performance.now() - t0;
  const classifier = await classifierPromise;
  try {
    const result = await classifier.classify(pixels);
    return { ...result, timings: { ...result.timings, decodeMs, totalMs: result.timings.totalMs + decodeMs } };
  } catch (err) {
    throw new ClassifierError('inference-failed', `The model could not classify the image: ${(err as Error).message}`);
  }
};
