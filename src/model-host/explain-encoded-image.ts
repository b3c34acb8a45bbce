/** Decode → heat map of the top class (class-activation map or Grad-CAM: classifier.ts), in either inference host. */
import { ClassifierError } from '../shared/errors';
import type { BackendPreference, EncodedImage, Explanation } from '../shared/messages';
import { decodeImage } from './decode-image';
import { encodeJpegDataUrl } from './encode-jpeg';
import { getClassifier } from './classifier-cache';
import { t } from '../shared/i18n';

export async function explainEncodedImage(image: EncodedImage, backend: BackendPreference, baseUrl: string): Promise<Explanation> {
  const classifierPromise = getClassifier(backend, baseUrl);
  const pixels = await decodeImage(image);
  const classifier = await classifierPromise;
  try {
    const heatMap = await classifier.explain(pixels);
    const { input, displayNames } = classifier.metadata;
    // The image as the model saw it (squashed to its input size), for the map to be drawn over.
    return { heatMap, displayName: displayNames[heatMap.classIndex], image: encodeJpegDataUrl(pixels, input.width, input.height, 0.9) };
  } catch (err) {
    throw new ClassifierError('inference-failed', t('error_heat_map', (err as Error).message));
  }
}
