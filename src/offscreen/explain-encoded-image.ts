/** Decode → Grad-CAM heat map of the top class, in either inference host. */
import { ClassifierError } from '../shared/errors';
import type { BackendPreference, EncodedImage, Explanation } from '../shared/messages';
import { decodeImage } from './decode-image';
import { encodeModelView } from './encode-model-view';
import { getClassifier } from './model-host';

export async function explainEncodedImage(image: EncodedImage, backend: BackendPreference, baseUrl: string): Promise<Explanation> {
  const classifierPromise = getClassifier(backend, baseUrl);
  const pixels = await decodeImage(image);
  const classifier = await classifierPromise;
  try {
    const heatMap = await classifier.explain(pixels);
    const { input, displayNames } = classifier.metadata;
    return { heatMap, displayName: displayNames[heatMap.classIndex], image: await encodeModelView(pixels, input.width, input.height) };
  } catch (err) {
    throw new ClassifierError('inference-failed', `The heat map could not be computed: ${(err as Error).message}`);
  }
}
