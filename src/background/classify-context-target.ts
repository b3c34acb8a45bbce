/**
 * "Classify tissue" on a right-clicked canvas (or video, SVG, CSS background): these give
 * the menu no image URL, so the content script, which remembers the right-clicked
 * element, reports its visible area and that area is captured from the screen.
 */
import { toErrorInfo } from '../shared/errors';
import { browser } from '../shared/browser-api';
import { unwrapReply } from '../shared/dispatch';
import { envelope, type OverlayState, type RegionAction, type RegionSelection } from '../shared/messages';
import { classifyRegion, type TabRef } from './classify-region';
import { showOverlay } from './show-overlay';
import { t } from '../shared/i18n';

export async function classifyContextTarget(info: { frameId?: number }, tab: TabRef | undefined, action: RegionAction = 'classify'): Promise<OverlayState> {
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return { kind: 'error', error: { code: 'not-an-image', message: t('error_no_tab_classify') } };
  const frameId = info.frameId ?? 0;
  let state: OverlayState;
  try {
    const reply = await browser.tabs.sendMessage(tabId, envelope('context-target-region', { action }), { frameId });
    const { selection, what } = unwrapReply<{ selection: RegionSelection | null; what: string }>(reply, t('who_page'));
    if (selection) return await classifyRegion(selection, tab!, frameId);
    state = { kind: 'error', error: { code: 'not-an-image', message: what } };
  } catch (err) {
    state = { kind: 'error', error: toErrorInfo(err) };
  }
  await showOverlay(tabId, frameId, { requestId: crypto.randomUUID(), srcUrl: 'region', state });
  return state;
}
