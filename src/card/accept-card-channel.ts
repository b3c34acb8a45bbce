// The card's end of the handshake (src/shared/card-frame.ts): the content script names the
// frame with a one-time nonce and then posts the nonce with a MessagePort. Page script can
// post to this frame too (it is a frame of the page), but cannot read the nonce, so only
// the content script's port is taken, once; the name is cleared at once.
import { CARD_CHANNEL_KEY } from '../shared/card-frame';

export function acceptCardChannel(onPort: (port: MessagePort) => void): void {
  const nonce = window.name;
  window.name = '';
  if (!nonce) return;
  const listener = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null || (data as Record<string, unknown>)[CARD_CHANNEL_KEY] !== nonce) return;
    const port = event.ports[0];
    if (!port) return;
    window.removeEventListener('message', listener);
    onPort(port);
  };
  window.addEventListener('message', listener);
  // Tells the content script this frame is ready; the browser stamps the extension's origin
  // on it, which is how the content script knows it is its card and not the page speaking.
  window.parent.postMessage({ [CARD_CHANNEL_KEY]: 'ready' }, '*');
}
