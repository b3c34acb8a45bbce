/** Content script → background: the user finished dragging a region. */
import type { Handler } from '../../shared/dispatch';
import { browser } from '../../shared/browser-api';
import { ClassifierError } from '../../shared/errors';
import { classifyRegion } from '../classify-region';

export const regionSelected: Handler<'region-selected'> = async (selection, sender) => {
  if (sender.tabId === undefined) throw new ClassifierError('internal', 'The region did not come from a browser tab.');
  const tab = await browser.tabs.get(sender.tabId);
  // Answer once the screenshot is taken (the page hides our result cards until then, so
  // they are not captured); the result reaches the page as an overlay update.
  await new Promise<void>((captured) => void classifyRegion(selection, tab, sender.frameId ?? 0, captured));
  return { accepted: true };
};
