// The keyboard shortcut (`commands`: classify-hovered-image): classify the image that has
// keyboard focus, or else the one under the pointer, and move focus into its result card
// so keyboard and screen-reader users land on the answer (Esc returns focus).
import type { OverlayState } from '../shared/messages';
import { classifyFromContextMenu } from './classify-from-context-menu';
import { sendToTab } from './send-to-tab';
import { showOverlay } from './show-overlay';
import { t } from '../shared/i18n';

export const CLASSIFY_COMMAND = 'classify-hovered-image';

export async function classifyFromCommand(tab: { id?: number; url?: string; title?: string } | undefined): Promise<OverlayState> {
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) {
    return { kind: 'error', error: { code: 'not-an-image', message: t('error_no_tab_active') } };
  }
  let srcUrl: string | null = null;
  let why = t('error_no_focused_image');
  try {
    srcUrl = (await sendToTab('hovered-image', {}, tabId)).srcUrl;
  } catch (err) {
    why = (err as Error).message;
  }
  if (!srcUrl) {
    const state: OverlayState = { kind: 'error', error: { code: 'not-an-image', message: why } };
    await showOverlay(tabId, 0, { requestId: crypto.randomUUID(), state, focus: true });
    return state;
  }
  return classifyFromContextMenu({ srcUrl, frameId: 0, pageUrl: tab?.url }, tab, { source: 'keyboard', focus: true });
}
