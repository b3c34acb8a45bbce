// "Classify tissue" on a right-clicked canvas (or video, SVG, CSS background): these give
// the menu no image URL, so the content script, which remembers the right-clicked
// element, reports its visible area and that area is captured from the screen.
import { toErrorInfo } from '../shared/errors';
import type { OverlayState, RegionAction } from '../shared/messages';
import { classifyRegion, type TabRef } from './classify-region';
import { sendToTab } from './send-to-tab';
import { assertTabStillChosen } from './tab-still-chosen';
import { showOverlay } from './show-overlay';
import { t } from '../shared/i18n';

export async function classifyContextTarget(info: { frameId?: number }, tab: TabRef | undefined, action: RegionAction = 'classify'): Promise<OverlayState> {
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return { kind: 'error', error: { code: 'not-an-image', message: t('error_no_tab_classify') } };
  const frameId = info.frameId ?? 0;
  let state: OverlayState;
  const clickedAt = Date.now();
  try {
    const { selection, what } = await sendToTab('context-target-region', { action }, tabId, frameId);
    if (selection) {
      // The page answers when it likes: capture only if the user is still on this tab, soon after the click.
      await assertTabStillChosen(tabId, clickedAt);
      return await classifyRegion(selection, tab!, frameId);
    }
    state = { kind: 'error', error: { code: 'not-an-image', message: what } };
  } catch (err) {
    state = { kind: 'error', error: toErrorInfo(err) };
  }
  await showOverlay(tabId, frameId, { requestId: crypto.randomUUID(), state });
  return state;
}
