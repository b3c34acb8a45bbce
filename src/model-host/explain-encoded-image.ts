/** Decode → heat map of the top class (class-activation map or Grad-CAM: classifier.ts), in either inference host. */
import { ClassifierError } from '../shared/errors';
import type { BackendPreference, EncodedImage, Explanation } from '../shared/messages';
import { decodeImage } from './decode-image';
import { encodeJpegDataUrl } from './encode-jpeg';
import { getClassifier } from './classifier-cache';
import { t } from '../shared/i18n';

/** Long side of a zoomed image under its map: twice the card's 224 px, for sharp high-DPI screens. */
const WHOLE_IMAGE_SIDE = 448;

export async function explainEncodedImage(image: EncodedImage, backend: BackendPreference, baseUrl: string, tta?: boolean): Promise<Explanation> {
  const classifierPromise = getClassifier(backend, baseUrl);
  const pixels = await decodeImage(image);
  const classifier = await classifierPromise;
  try {
    const heatMap = await classifier.explain(pixels, undefined, { tta });
    const { input, displayNames } = classifier.metadata;
    const displayName = displayNames[heatMap.classIndex];
    if (heatMap.windows) {
      // A zoomed image's map covers the whole image, in its own proportions.
      const scale = Math.min(1, WHOLE_IMAGE_SIDE / Math.max(pixels.width, pixels.height));
      const [w, h] = [Math.max(1, Math.round(pixels.width * scale)), Math.max(1, Math.round(pixels.height * scale))];
      return { heatMap, displayName, image: encodeJpegDataUrl(pixels, w, h, 0.9), aspect: pixels.width / pixels.height };
    }
    // The image as the model saw it (squashed to its input size), for the map to be drawn over.
    return { heatMap, displayName, image: encodeJpegDataUrl(pixels, input.width, input.height, 0.9) };
  } catch (err) {
    throw new ClassifierError('inference-failed', t('error_heat_map', (err as Error).message));
  }
}
