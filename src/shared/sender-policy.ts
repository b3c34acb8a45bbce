/**
 * Which contexts may send each message (content scripts run inside web pages and are
 * untrusted: a compromised page can send whatever its content script can). `dispatch` refuses every other sender before validation reaches a
 * handler. The table is typed over the whole contract, so a message added without a
 * policy does not compile. A content script may only refer to what the user chose: the
 * messages it may send carry a grant the background issued on the user's click
 * (src/background/user-grants.ts), never an address to fetch or a history to read.
 * docs/HARDENING.md shows this table with the reason for each row.
 */
import type { MessageType } from './messages';
import type { SenderKind } from './sender-kind';

export const SENDER_POLICY: { readonly [K in MessageType]: readonly SenderKind[] } = {
  // The popup's upload, drop or paste; the tile map page's picked region; the benchmark page.
  'classify-image': ['popup', 'tile-map', 'bench'],
  // Popup: bytes it holds. Content script: the grant of a result card the user asked for.
  'explain-image': ['popup', 'content'],
  // Content script needs the grant of its result card (checked by the handler).
  'open-model-card': ['popup', 'content'],
  // Page history (addresses, titles, thumbnails) is for the extension's own pages only.
  'history-list': ['popup'],
  'history-delete': ['popup'],
  'batch-start': ['popup'],
  'batch-cancel': ['popup'],
  'batch-status': ['popup'],
  'classify-tiles': ['tile-map'],
  // The region the user dragged, with the grant issued when the picker was started.
  'region-selected': ['content'],
  // The result card's "Tile map…" button, with the card's grant.
  'open-tile-map': ['content'],
  // The model host hears only the background.
  'run-model': ['background'],
  'run-explain': ['background'],
  'run-model-tiles': ['background'],
  // Content scripts hear only the background.
  'overlay-update': ['background'],
  'read-blob-url': ['background'],
  'find-images': ['background'],
  'batch-badge': ['background'],
  'hovered-image': ['background'],
  'start-region-capture': ['background'],
  'context-target-region': ['background'],
};

export function mayMessage(type: MessageType, kind: SenderKind): boolean {
  return SENDER_POLICY[type].includes(kind);
}
