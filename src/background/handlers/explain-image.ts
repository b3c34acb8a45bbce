/**
 * Popup or overlay → a Grad-CAM heat map. The popup sends the bytes it has; the overlay
 * only knows the image's address, so the image is read again exactly as for classifying
 * (same permission, same frame), rather than keeping every classified image in memory.
 */
import type { Handler } from '../../shared/dispatch';
import { ClassifierError } from '../../shared/errors';
import { acquireImage } from '../acquire-image';
import { backendPreference } from '../backend-preference';
import { inferenceHost } from '#inference-host';

export const explainImage: Handler<'explain-image'> = async (source, sender) => {
  if ('image' in source) return inferenceHost.explain(source.image, await backendPreference());
  if (sender.tabId === undefined) throw new ClassifierError('not-an-image', 'Only a page can ask for a heat map of one of its images.');
  const image = await acquireImage(source.srcUrl, sender.tabId, sender.frameId ?? 0);
  return inferenceHost.explain(image, await backendPreference());
};
