/** Popup upload/drop/paste → the inference host. */
import type { Handler } from '../../shared/dispatch';
import { backendPreference } from '../backend-preference';
import { runOptions } from '../run-options';
import { inferenceHost } from '#inference-host';
import { citeAndRecord } from '../record-history';

export const classifyImage: Handler<'classify-image'> = async ({ image }) => {
  const result = await inferenceHost.run(image, await backendPreference(), await runOptions());
  // Waits for the save so the popup's History view, refreshed on the answer, has this entry.
  return citeAndRecord(result, { source: 'popup', fileName: image.name }, true);
};
