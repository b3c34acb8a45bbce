/** Popup upload/drop/paste → the inference host. */
import type { Handler } from '../../shared/dispatch';
import { classifyWithSettings } from '../classify-with-settings';
import { citeAndRecord } from '../record-history';

export const classifyImage: Handler<'classify-image'> = async ({ image }) => {
  const result = await classifyWithSettings(image);
  // Waits for the save so the popup's History view, refreshed on the answer, has this entry.
  return citeAndRecord(result, { source: 'popup', fileName: image.name }, true);
};
