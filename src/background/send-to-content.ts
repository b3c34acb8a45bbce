/**
 * Sends a message to a tab's content script and checks its reply against the reply schema
 * of the message table: a content script speaks for the page, so its answer is the page's
 * word, checked in both browsers before anything reads it. `sendToContent` injects the
 * script first where the tab was open before the extension was installed or updated.
 */
import { browser } from '../shared/browser-api';
import { unwrapReply } from '../shared/dispatch';
import { ClassifierError } from '../shared/errors';
import { envelope, type MessageMap, type RequestOf, type ResponseOf } from '../shared/messages';
import { checkReply } from '../shared/validate-message';
import { t } from '../shared/i18n';

export type ContentMessage = { [K in keyof MessageMap]: MessageMap[K]['target'] extends 'content' ? K : never }[keyof MessageMap];

async function inject(tabId: number, frameId: number): Promise<void> {
  const files = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files });
  } catch (err) {
    throw new ClassifierError('permission-denied', t('error_cannot_run_here', (err as Error).message));
  }
}

/** One try, no injection; rejects when no script answers. */
export async function askContent<K extends ContentMessage>(tabId: number, type: K, request: RequestOf<K>, frameId = 0): Promise<ResponseOf<K>> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, envelope(type, request), { frameId });
  return checkReply(type, unwrapReply<unknown>(reply, t('who_page')));
}

export async function sendToContent<K extends ContentMessage>(tabId: number, type: K, request: RequestOf<K>, frameId = 0): Promise<ResponseOf<K>> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, envelope(type, request), { frameId });
  } catch {
    await inject(tabId, frameId);
    reply = await browser.tabs.sendMessage(tabId, envelope(type, request), { frameId });
  }
  return checkReply(type, unwrapReply<unknown>(reply, t('who_page')));
}
