/**
 * Sends a message to a tab's content script, injecting the script first where the tab
 * was open before the extension was installed or updated (it then has none).
 */
import { browser } from '../shared/browser-api';
import { unwrapReply } from '../shared/dispatch';
import { ClassifierError } from '../shared/errors';
import { envelope, type MessageMap, type RequestOf, type ResponseOf } from '../shared/messages';
import { t } from '../shared/i18n';

type ContentMessage = { [K in keyof MessageMap]: MessageMap[K]['target'] extends 'content' ? K : never }[keyof MessageMap];

async function inject(tabId: number, frameId: number): Promise<void> {
  const files = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files });
  } catch (err) {
    throw new ClassifierError('permission-denied', t('error_cannot_run_here', (err as Error).message));
  }
}

export async function sendToContent<K extends ContentMessage>(tabId: number, type: K, request: RequestOf<K>, frameId = 0): Promise<ResponseOf<K>> {
  const send = () => browser.tabs.sendMessage(tabId, envelope(type, request), { frameId });
  let reply: unknown;
  try {
    reply = await send();
  } catch {
    await inject(tabId, frameId);
    reply = await send();
  }
  return unwrapReply<ResponseOf<K>>(reply, t('who_page'));
}
