/** The popup's heat-map and model-card actions, through the background. */
import { bytesToBase64 } from '../shared/base64';
import type { Explanation } from '../shared/messages';
import { sendToBackground } from '../shared/send-to-background';

export async function explainInExtension(file: Blob & { name?: string }): Promise<Explanation> {
  const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  return sendToBackground('explain-image', { image: { base64, mimeType: file.type, name: file.name || 'Pasted image' } });
}

export function openModelCard(): void {
  // The background opens it (the same path as from a page's overlay); the popup closes itself.
  void sendToBackground('open-model-card', {}).then(() => window.close(), () => window.close());
}
