// Runs the model on an image with the user's settings as they are now (backend, TTA,
// input-check strictness): read once per request, so a change in Options applies to the
// next classification without a reload.
import type { Classification } from '../core/types';
import type { EncodedImage } from '../shared/messages';
import { readSettings } from '../shared/settings';
import { inferenceHost } from '#inference-host';

export async function classifyWithSettings(image: EncodedImage): Promise<Classification> {
  const { backend, tta, inputCheck } = await readSettings();
  return inferenceHost.run(image, backend, { tta, inputCheck });
}
