/** The popup's heat-map and model-card actions, through the background. */
import { bytesToBase64 } from '../shared/base64';
import { browser } from '../shared/browser-api';
import { unwrapReply } from '../shared/dispatch';
import { envelope, type Explanation } from '../shared/messages';
import { t } from '../shared/i18n';

export async function explainInExtension(file: Blob & { name?: string }): Promise<Explanation> {
  const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  const reply = await browser.runtime.sendMessage(envelope('explain-image', { image: { base64, mimeType: file.type, name: file.name || 'Pasted image' } }));
  return unwrapReply<Explanation>(reply, t('who_extension'));
}

export function openModelCard(): void {
  // The background opens it (the same path as from a page's overlay); the popup closes itself.
  void browser.runtime.sendMessage(envelope('open-model-card', {})).then(() => window.close());
}
