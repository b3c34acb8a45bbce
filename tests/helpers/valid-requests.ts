/** One well-formed request per message, shared by the contract, fuzz and sender-policy tests. */
import type { MessageType, RequestOf } from '../../src/shared/messages';

const image = { base64: 'AAAA', mimeType: 'image/png', name: 'x.png' };
const windows = [{ x: 0, y: 0, size: 224 }];
const selection = { rect: { x: 1, y: 2, width: 30, height: 40 }, viewport: { width: 800, height: 600 }, scroll: { x: 0, y: 0 }, devicePixelRatio: 1, action: 'classify' as const };

/**
 * One well-formed request per message. Typed against the contract, so a message added
 * to the message table (src/shared/messages.ts) without an example here does not compile.
 */
export const VALID_REQUESTS: { [K in MessageType]: RequestOf<K> } = {
  'classify-image': { image },
  'host-classify-image': { image, backend: 'wasm', options: { tta: true, inputCheck: 'standard' } },
  'explain-image': { grant: 'g-1' },
  'host-explain-image': { image, backend: 'auto' },
  'open-model-card': {},
  'overlay-update': { requestId: 'r', srcUrl: 'https://x/y.png', state: { kind: 'loading', stage: 'classifying' } },
  'read-blob-url': { url: 'blob:https://x/1' },
  'history-list': {},
  'history-delete': { id: 'e1' },
  'batch-start': { tabId: 3 },
  'batch-cancel': { tabId: 3 },
  'batch-status': { tabId: 3 },
  'find-images': { minSize: 128 },
  'batch-badge': { id: 'i1', status: 'done', text: 'Benign tissue 95 %' },
  'hovered-image': {},
  'classify-tiles': { storedId: 'id-1', windows },
  'host-classify-tiles': { imageKey: 'id-1', windows, backend: 'wasm' },
  'start-region-capture': { action: 'tile-map', grant: 'g-1' },
  'region-selected': { ...selection, grant: 'g-1' },
  'region-cancelled': { grant: 'g-1' },
  'context-target-region': { action: 'classify' },
  'open-tile-map': { grant: 'abc-1' },
};
