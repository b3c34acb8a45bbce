// Who sent a message, from what the browser reports, never from the message. Extension pages are
// told apart by path: a web page cannot send from the extension's origin.
export type SenderKind =
  | 'background'
  | 'model-host'
  | 'popup'
  | 'options'
  | 'tile-map'
  | 'model-card'
  | 'bench'
  | 'card'
  | 'content'
  | 'unknown';

export const SENDER_KINDS: readonly SenderKind[] = ['background', 'model-host', 'popup', 'options', 'tile-map', 'model-card', 'bench', 'card', 'content', 'unknown'];

export const EXTENSION_PAGES: Readonly<Record<string, SenderKind>> = {
  'src/model-host/index.html': 'model-host',
  'src/popup/index.html': 'popup',
  'src/options/index.html': 'options',
  'src/tilemap/index.html': 'tile-map',
  'src/model-card/index.html': 'model-card',
  'src/bench/index.html': 'bench',
  // The result card: an extension page framed into the web page (web_accessible_resources),
  // so it has a tab; the page cannot read it, click it or speak for it.
  'src/card/index.html': 'card',
};

export interface RuntimeSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** Any other extension path without a tab is the background (service worker or generated background page). */
export function senderKind(sender: RuntimeSender, extensionId: string, extensionBase: string): SenderKind {
  if (sender.id !== extensionId || typeof sender.url !== 'string') return 'unknown';
  if (sender.url.startsWith(extensionBase)) {
    const path = sender.url.slice(extensionBase.length).replace(/^\/+/, '').split(/[?#]/)[0];
    const page = EXTENSION_PAGES[path];
    if (page) return page;
    return sender.tab === undefined ? 'background' : 'unknown';
  }
  const scheme = sender.url.slice(0, sender.url.indexOf(':') + 1);
  const onTab = Number.isInteger(sender.tab?.id) && (sender.tab?.id ?? -1) >= 0;
  // A content script runs in a web page or a local file (file:, http(s):, about:blank frames).
  return onTab && ['http:', 'https:', 'file:', 'about:', 'data:', 'blob:'].includes(scheme) ? 'content' : 'unknown';
}
