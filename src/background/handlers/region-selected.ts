/** Content script → background: the user finished dragging a region. */
import type { Handler } from '../../shared/dispatch';
import { browser } from '../../shared/browser-api';
import { classifyRegion } from '../classify-region';

export const regionSelected: Handler<'region-selected'> = async (selection, sender) => {
  if (sender.tabId === undefined) return { accepted: false };
  const tab = await browser.tabs.get(sender.tabId);
  // Answer at once; the result reaches the page as an overlay update.
  void classifyRegion(selection, tab, sender.frameId ?? 0);
  return { accepted: true };
};
