/** Popup upload/drop/paste → the inference host. */
import type { Handler } from '../../shared/dispatch';
import { backendPreference } from '../backend-preference';
import { runOptions } from '../run-options';
import { inferenceHost } from '#inference-host';
import { recordHistory } from '../record-history';

export const classifyImage: Handler<'classify-image'> = async ({ image }) => {
  const result = await inferenceHost.run(image, await backendPreference(), await runOptions());
  // Awaited so the popup's History view, refreshed on the answer, already has this entry.
  // A failed save must not hide the result the user asked for; it is logged instead.
  await recordHistory(result, { source: 'popup', fileName: image.name }).catch((err: unknown) =>
    console.error('Lung tissue classifier: history entry not saved:', err));
  return result;
};
