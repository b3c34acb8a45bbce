/** Sends an overlay state to the content script of the frame the image is in. */
import { browser } from '../shared/browser-api';
import { envelope, type OverlayUpdate } from '../shared/messages';

export async function showOverlay(tabId: number, frameId: number, update: OverlayUpdate): Promise<boolean> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, envelope('overlay-update', update), { frameId })) as
      | { ok: true; value: { shown: boolean } }
      | undefined;
    return reply?.ok === true && reply.value.shown;
  } catch {
    // No content script in that frame (e.g. the page was open before the extension was
    // installed, or a browser page): the caller decides how to tell the user.
    return false;
  }
}
