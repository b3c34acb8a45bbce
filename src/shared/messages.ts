/**
 * The one message contract of the extension, as one table: for every message, where it
 * is delivered, who may send it, the schema of its request and the type of its reply.
 * Everything else is derived from this table: the request types (inferred from the
 * schemas), the handler registries (dispatch.ts), the runtime checks (validate-message.ts)
 * and the sender policy (sender-policy.ts). A message without a sender policy, a schema or
 * a reply type does not compile. The shapes inside requests live in message-shapes.ts.
 */
import * as v from 'valibot';
import type { HeatMap } from '../core/heat-map';
import type { HistoryEntry } from '../core/history-entry';
import { num, record, text } from '../core/schema-parts';
import type { Classification } from '../core/types';
import { BadgeUpdateSchema, type BatchStatus, type PageScan } from './batch';
import type { ErrorInfo } from './errors';
import {
  BackendPreferenceSchema,
  EncodedImageSchema,
  ExplainSourceSchema,
  GrantIdSchema,
  GrantRefSchema,
  GrantedRegionSelectionSchema,
  OverlayUpdateSchema,
  RegionActionSchema,
  RunOptionsSchema,
  TileWindowsSchema,
  type RegionSelection,
  type EncodedImage,
  type TileVerdict,
} from './message-shapes';
import type { SenderKind } from './sender-kind';

export type {
  BackendPreference,
  EncodedImage,
  ExplainSource,
  GrantRef,
  OverlayState,
  OverlayUpdate,
  TileVerdict,
  TileWindow,
  RegionAction,
  RegionSelection,
  RunOptions,
  TileMapSource,
} from './message-shapes';

/** A Grad-CAM heat map with the image it explains, as the model saw it (224×224, squashed). */
export interface Explanation {
  heatMap: HeatMap;
  /** The class explained. */
  displayName: string;
  /** JPEG data URL of the model input, to draw the map over. */
  image: string;
}

/** Where a message is delivered. Offscreen and background both hear runtime messages. */
export type Target = 'background' | 'offscreen' | 'content';

declare const REPLY: unique symbol;
/** A reply's type, for the compiler only: replies are not checked at run time (docs/HARDENING.md, Message shapes). */
export interface Returns<T> {
  readonly [REPLY]: T;
}
export const returns = <T>(): Returns<T> => ({}) as Returns<T>;

export interface MessageDefinition {
  target: Target;
  /** The contexts that may send it (sender-kind.ts); `dispatch` refuses every other with `forbidden`. */
  from: readonly Exclude<SenderKind, 'unknown'>[];
  /** The request's one definition: `dispatch` checks it, and the handler's type is inferred from it. */
  request: v.GenericSchema;
  response: Returns<unknown>;
}

/** Keeps each entry's literal types; an entry lacking a field of MessageDefinition does not compile. */
export const defineMessages = <const M extends Record<string, MessageDefinition>>(messages: M): M => messages;

const tabId = v.pipe(v.number('expected a tab id'), v.integer('expected a tab id'), v.minValue(0, 'expected a tab id'));
const blobUrl = v.pipe(v.string('expected a blob: URL'), v.startsWith('blob:', 'expected a blob: URL'), v.maxLength(8192, 'expected a blob: URL'));

// Content scripts run inside web pages and are untrusted: a compromised page can send
// whatever its content script can. The four messages they may send carry a grant the
// background issued on the user's click (src/background/user-grants.ts), never an address
// to fetch or a history to read. docs/HARDENING.md shows the policy with a reason per row.
export const MESSAGES = defineMessages({
  // Popup upload, drop or paste; the tile map page's picked region; the benchmark page.
  'classify-image': { target: 'background', from: ['popup', 'tile-map', 'bench'], request: record({ image: EncodedImageSchema }), response: returns<Classification>() },
  // A Grad-CAM heat map, on request. Popup: bytes it holds. Content script: the grant of a result card.
  'explain-image': { target: 'background', from: ['popup', 'content'], request: ExplainSourceSchema, response: returns<Explanation>() },
  // Open the model card in a tab (content scripts cannot); a content script needs its card's grant.
  'open-model-card': { target: 'background', from: ['popup', 'content'], request: record({ grant: v.optional(GrantIdSchema) }), response: returns<{ opened: boolean }>() },
  // The stored history, newest first. Page history (addresses, titles, thumbnails) is for the extension's own pages only.
  'history-list': { target: 'background', from: ['popup'], request: record({}), response: returns<{ entries: HistoryEntry[] }>() },
  // Delete one entry (by id) or, without an id, all of them.
  'history-delete': { target: 'background', from: ['popup'], request: record({ id: v.optional(text(100)) }), response: returns<{ remaining: number }>() },
  // Classify every candidate image in a tab, one after another; cancel; progress (polled while the popup is open).
  'batch-start': { target: 'background', from: ['popup'], request: record({ tabId }), response: returns<BatchStatus>() },
  'batch-cancel': { target: 'background', from: ['popup'], request: record({ tabId }), response: returns<BatchStatus>() },
  'batch-status': { target: 'background', from: ['popup'], request: record({ tabId }), response: returns<BatchStatus>() },
  // Tile map page: a batch of windows of the image the background stored for this page, named
  // only by its id, never by an address (one message per batch, not per tile).
  'classify-tiles': { target: 'background', from: ['tile-map'], request: record({ storedId: GrantIdSchema, windows: TileWindowsSchema }), response: returns<{ verdicts: TileVerdict[] }>() },
  // The region the user dragged, with the grant issued when the picker was started: capture, crop and classify it.
  'region-selected': { target: 'background', from: ['content'], request: GrantedRegionSelectionSchema, response: returns<{ accepted: boolean }>() },
  // The result card's "Tile map…" button, with the card's grant.
  'open-tile-map': { target: 'background', from: ['content'], request: GrantRefSchema, response: returns<{ opened: boolean }>() },

  // The model host (Chrome: offscreen document) hears only the background.
  'run-model': {
    target: 'offscreen',
    from: ['background'],
    request: record({ image: EncodedImageSchema, backend: BackendPreferenceSchema, options: v.optional(RunOptionsSchema) }),
    response: returns<Classification>(),
  },
  'run-explain': { target: 'offscreen', from: ['background'], request: record({ image: EncodedImageSchema, backend: BackendPreferenceSchema }), response: returns<Explanation>() },
  // The same batch. The host keeps the last image it decoded under `imageKey`; without `image`
  // and without that copy it answers `verdicts: null`, and the background sends it again with the image.
  'run-model-tiles': {
    target: 'offscreen',
    from: ['background'],
    request: record({ imageKey: GrantIdSchema, image: v.optional(EncodedImageSchema), windows: TileWindowsSchema, backend: BackendPreferenceSchema }),
    response: returns<{ verdicts: TileVerdict[] | null }>(),
  },

  // Content scripts hear only the background (also checked: `sender.id`).
  // Show or update the overlay of one request.
  'overlay-update': { target: 'content', from: ['background'], request: OverlayUpdateSchema, response: returns<{ shown: boolean }>() },
  // Read a page-owned `blob:` URL.
  'read-blob-url': { target: 'content', from: ['background'], request: record({ url: blobUrl }), response: returns<EncodedImage>() },
  // The images worth classifying on this page.
  'find-images': { target: 'content', from: ['background'], request: record({ minSize: num(0, 10_000) }), response: returns<PageScan>() },
  // Show or update the small badge on one image.
  'batch-badge': { target: 'content', from: ['background'], request: BadgeUpdateSchema, response: returns<{ shown: boolean }>() },
  // The image under the pointer or with keyboard focus.
  'hovered-image': { target: 'content', from: ['background'], request: record({}), response: returns<{ srcUrl: string | null }>() },
  // Top frame: show the crosshair and let the user drag a region.
  'start-region-capture': { target: 'content', from: ['background'], request: record({ action: RegionActionSchema, grant: GrantIdSchema }), response: returns<{ started: boolean }>() },
  // The canvas / video / SVG / CSS background that was right-clicked, as a region.
  'context-target-region': {
    target: 'content',
    from: ['background'],
    request: record({ action: RegionActionSchema }),
    response: returns<{ selection: RegionSelection | null; what: string }>(),
  },
});

type Table = typeof MESSAGES;
export type MessageType = keyof Table;
export type RequestOf<K extends MessageType> = v.InferOutput<Table[K]['request']>;
export type ResponseOf<K extends MessageType> = Table[K]['response'] extends Returns<infer R> ? R : never;
export type MessageMap = { [K in MessageType]: { target: Table[K]['target']; request: RequestOf<K>; response: ResponseOf<K> } };

export const MESSAGE_TARGETS = Object.fromEntries(Object.entries(MESSAGES).map(([type, m]) => [type, m.target])) as {
  readonly [K in MessageType]: Table[K]['target'];
};

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  target: Target;
  request: RequestOf<K>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function envelope<K extends MessageType>(type: K, request: RequestOf<K>): Envelope<K> {
  return { type, target: MESSAGE_TARGETS[type], request };
}
