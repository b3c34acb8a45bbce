/**
 * Sends an overlay state to the content script of the frame the image is in. Tabs that
 * were open before the extension was installed (or updated) have no content script yet:
 * it is injected once and the message re-sent. Where no script can run at all (browser
 * pages, the web store), the toolbar badge says so instead of failing silently.
 */
import { browser } from '../shared/browser-api';
import type { OverlayUpdate } from '../shared/messages';
import { announcement } from '../ui/result-text';
import { askContent } from './send-to-content';
import { t } from '../shared/i18n';

async function send(tabId: number, frameId: number, update: OverlayUpdate): Promise<boolean> {
  try {
    return (await askContent(tabId, 'overlay-update', update, frameId)).shown;
  } catch {
    return false;
  }
}

export async function injectContentScript(tabId: number, frameId: number): Promise<boolean> {
  const files = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files });
    return true;
  } catch {
    return false;
  }
}

async function badge(tabId: number, update: OverlayUpdate): Promise<void> {
  const state = update.state;
  const text = state.kind === 'result' ? announcement(state.result)
    : state.kind === 'error' ? state.error.message : t('loading_classifying');
  await browser.action.setBadgeText({ tabId, text: state.kind === 'error' ? '!' : state.kind === 'result' ? '✓' : '…' });
  await browser.action.setTitle({ tabId, title: t('action_title_result', text) });
}

export async function showOverlay(tabId: number, frameId: number, update: OverlayUpdate): Promise<boolean> {
  if (await send(tabId, frameId, update)) return true;
  if ((await injectContentScript(tabId, frameId)) && (await send(tabId, frameId, update))) return true;
  await badge(tabId, update).catch(() => undefined);
  return false;
}
