// Sends an overlay state to the content script of the frame the image is in. Where no
// script can run at all (browser pages, the web store), the toolbar badge says so instead
// of failing silently.
import { browser } from '../shared/browser-api';
import type { OverlayUpdate } from '../shared/messages';
import { announcement } from '../ui/result-text';
import { sendToTab } from './send-to-tab';
import { t } from '../shared/i18n';

async function badge(tabId: number, update: OverlayUpdate): Promise<void> {
  const state = update.state;
  const text = state.kind === 'result' ? announcement(state.result)
    : state.kind === 'error' ? state.error.message : t('loading_classifying');
  await browser.action.setBadgeText({ tabId, text: state.kind === 'error' ? '!' : state.kind === 'result' ? '✓' : '…' });
  await browser.action.setTitle({ tabId, title: t('action_title_result', text) });
}

export async function showOverlay(tabId: number, frameId: number, update: OverlayUpdate): Promise<boolean> {
  const shown = await sendToTab('overlay-update', update, tabId, frameId).then((r) => r.shown, () => false);
  if (shown) return true;
  await badge(tabId, update).catch(() => undefined);
  return false;
}
