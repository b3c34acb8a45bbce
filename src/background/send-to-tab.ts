// The background's sender to a tab's content script. Tabs open from before the extension
// was installed or updated have no content script: it is injected once and the message
// sent again. The reply is the page's word, checked against its schema before anything
// reads it.
import { browser } from '../shared/browser-api';
import { ClassifierError } from '../shared/errors';
import type { Envelope } from '../shared/messages';
import { typedSender } from '../shared/typed-sender';
import { t } from '../shared/i18n';

async function inject(tabId: number, frameId: number): Promise<void> {
  const files = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files });
  } catch (err) {
    throw new ClassifierError('permission-denied', t('error_cannot_run_here', (err as Error).message));
  }
}

async function post(message: Envelope, tabId: number, frameId = 0): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message, { frameId });
  } catch {
    await inject(tabId, frameId);
    return browser.tabs.sendMessage(tabId, message, { frameId });
  }
}

export const sendToTab = typedSender<'content', [tabId: number, frameId?: number]>(post, () => t('who_page'));
