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
import { BadgeUpdateSchema, PageScanSchema, type BatchStatus } from './batch';
import type { ErrorInfo } from './errors';
import {
  BackendPreferenceSchema,
  EncodedImageSchema,
  ExplainSourceSchema,
  GrantIdSchema,
  GrantRefSchema,
  GrantedRegionSelectionSchema,
  MAX_BASE64,
  BlobImageSchema,
  OverlayUpdateSchema,
  RegionActionSchema,
  RegionSelectionSchema,
  RunOptionsSchema,
  TileWindowsSchema,
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
  /** JPEG data URL of the model input (or, for a zoomed image, the whole image), to draw the map over. */
  image: string;
  /** Width / height of `image` (absent: square). */
  aspect?: number;
}

/** Where a message is delivered. Offscreen and background both hear runtime messages. */
export type Target = 'background' | 'offscreen' | 'content';

declare const REPLY: unique symbol;
/**
 * A reply's type, for the compiler only: for replies that come from the extension's own
 * contexts (background, model host), which a page cannot speak for. Replies a content
 * script gives (target 'content') need a schema instead, checked on arrival.
 */
export interface Returns<T> {
  readonly [REPLY]: T;
}
export const returns = <T>(): Returns<T> => ({}) as Returns<T>;

interface DefinitionBase {
  /** The contexts that may send it (sender-kind.ts); `dispatch` refuses every other with `forbidden`. */
  from: readonly Exclude<SenderKind, 'unknown'>[];
  /** The request's one definition: `dispatch` checks it, and the handler's type is inferred from it. */
  request: v.GenericSchema;
}
/**
 * A content script runs inside a web page, so whatever it answers is the page's word:
 * its reply has a schema, checked where it arrives (validate-reply.ts), with size caps.
 */
export type MessageDefinition =
  | (DefinitionBase & { target: 'content'; response: v.GenericSchema })
  | (DefinitionBase & { target: 'background' | 'offscreen'; response: Returns<unknown> | v.GenericSchema });

/** Keeps each entry's literal types; an entry lacking a field of MessageDefinition does not compile. */
export const defineMessages = <const M extends Record<string, MessageDefinition>>(messages: M): M => messages;

const tabId = v.pipe(v.number('expected a tab id'), v.integer('expected a tab id'), v.minValue(0, 'expected a tab id'));
const shown = record({ shown: v.boolean('expected true or false') });
const blobUrl = v.pipe(v.string('expected a blob: URL'), v.startsWith('blob:', 'expected a blob: URL'), v.maxLength(8192, 'expected a blob: URL'));

// Content scripts run inside web pages and are untrusted: a compromised page can send
// whatever its content script can. They may send two messages, each with a grant the
// background issued when the user started the region picker (src/background/user-grants.ts),
// never an address to fetch or a history to read. The result card's buttons speak from the
// card's own extension-origin frame ('card'), where page script cannot reach.
// docs/HARDENING.md shows the policy with a reason per row.
export const MESSAGES = defineMessages({
  // Popup upload, drop or paste; the tile map page's picked region; the benchmark page.
  'classify-image': { target: 'background', from: ['popup', 'tile-map', 'bench'], request: record({ image: EncodedImageSchema }), response: returns<Classification>() },
  // A Grad-CAM heat map, on request. Popup: bytes it holds. Result card: its grant.
  'explain-image': { target: 'background', from: ['popup', 'card'], request: ExplainSourceSchema, response: returns<Explanation>() },
  // Open the model card in a tab, from the popup or a result card's button.
  'open-model-card': { target: 'background', from: ['popup', 'card'], request: record({}), response: returns<{ opened: boolean }>() },
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
  // The user pressed Esc in the picker: its grant is revoked.
  'region-cancelled': { target: 'background', from: ['content'], request: GrantRefSchema, response: returns<{ revoked: boolean }>() },
  // The result card's "Tile map…" button, with the card's grant.
  'open-tile-map': { target: 'background', from: ['card'], request: GrantRefSchema, response: returns<{ opened: boolean }>() },

  // The model host (Chrome: offscreen document) hears only the background.
  'run-model': {
    target: 'offscreen',
    from: ['background'],
    request: record({ image: EncodedImageSchema, backend: BackendPreferenceSchema, options: v.optional(RunOptionsSchema) }),
    response: returns<Classification>(),
  },
  'run-explain': { target: 'offscreen', from: ['background'], request: record({ image: EncodedImageSchema, backend: BackendPreferenceSchema, tta: v.optional(v.boolean('expected a boolean')) }), response: returns<Explanation>() },
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
  'overlay-update': { target: 'content', from: ['background'], request: OverlayUpdateSchema, response: shown },
  // Read a page-owned `blob:` URL: at most the 40 MiB file cap, as base64.
  'read-blob-url': { target: 'content', from: ['background'], request: record({ url: blobUrl }), response: BlobImageSchema },
  // The images worth classifying on this page.
  'find-images': { target: 'content', from: ['background'], request: record({ minSize: num(0, 10_000) }), response: PageScanSchema },
  // Show or update the small badge on one image.
  'batch-badge': { target: 'content', from: ['background'], request: BadgeUpdateSchema, response: shown },
  // The image under the pointer or with keyboard focus.
  'hovered-image': { target: 'content', from: ['background'], request: record({}), response: record({ srcUrl: v.nullable(text(MAX_BASE64)) }) },
  // Top frame: show the crosshair and let the user drag a region.
  'start-region-capture': { target: 'content', from: ['background'], request: record({ action: RegionActionSchema, grant: GrantIdSchema }), response: record({ started: v.boolean('expected true or false') }) },
  // The canvas / video / SVG / CSS background that was right-clicked, as a region.
  'context-target-region': {
    target: 'content',
    from: ['background'],
    request: record({ action: RegionActionSchema }),
    response: record({ selection: v.nullable(RegionSelectionSchema), what: text(200) }),
  },
});

type Table = typeof MESSAGES;
export type MessageType = keyof Table;
export type RequestOf<K extends MessageType> = v.InferOutput<Table[K]['request']>;
export type ResponseOf<K extends MessageType> = Table[K]['response'] extends v.GenericSchema
  ? v.InferOutput<Table[K]['response']>
  : Table[K]['response'] extends Returns<infer R>
    ? R
    : never;
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
