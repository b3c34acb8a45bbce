// The one message contract, as one table: for every message, where it is delivered, who may
// send it, its request schema and its reply type. Request types, handler registries
// (dispatch.ts), runtime checks (validate-message.ts), the sender policy (sender-policy.ts) and
// the senders (typed-sender.ts) are all derived from it.
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

export interface Explanation {
  heatMap: HeatMap;
  displayName: string;
  /** JPEG data URL of the model input (or, for a zoomed image, the whole image), to draw the map over. */
  image: string;
  /** Width / height of `image` (absent: square). */
  aspect?: number;
}

export type Target = 'background' | 'model-host' | 'content';

declare const REPLY: unique symbol;
/** A reply type for the compiler only: from the extension's own contexts, which a page cannot speak for. */
export interface Returns<T> {
  readonly [REPLY]: T;
}
export const returns = <T>(): Returns<T> => ({}) as Returns<T>;

interface DefinitionBase {
  from: readonly Exclude<SenderKind, 'unknown'>[];
  request: v.GenericSchema;
}
/** A content script's reply is the page's word: it needs a schema, checked on arrival. */
export type MessageDefinition =
  | (DefinitionBase & { target: 'content'; response: v.GenericSchema })
  | (DefinitionBase & { target: 'background' | 'model-host'; response: Returns<unknown> | v.GenericSchema });

export const defineMessages = <const M extends Record<string, MessageDefinition>>(messages: M): M => messages;

const tabId = v.pipe(v.number('expected a tab id'), v.integer('expected a tab id'), v.minValue(0, 'expected a tab id'));
const shown = record({ shown: v.boolean('expected true or false') });
const blobUrl = v.pipe(v.string('expected a blob: URL'), v.startsWith('blob:', 'expected a blob: URL'), v.maxLength(8192, 'expected a blob: URL'));

// Content scripts are untrusted: they may send only grants the background issued, never an address or a history request (docs/HARDENING.md).
export const MESSAGES = defineMessages({
  'classify-image': { target: 'background', from: ['popup', 'tile-map', 'bench'], request: record({ image: EncodedImageSchema }), response: returns<Classification>() },
  'explain-image': { target: 'background', from: ['popup', 'card'], request: ExplainSourceSchema, response: returns<Explanation>() },
  'open-model-card': { target: 'background', from: ['popup', 'card'], request: record({}), response: returns<{ opened: boolean }>() },
  // The stored history, newest first. Page history (addresses, titles, thumbnails) is for the extension's own pages only.
  'history-list': { target: 'background', from: ['popup'], request: record({}), response: returns<{ entries: HistoryEntry[] }>() },
  'history-delete': { target: 'background', from: ['popup'], request: record({ id: v.optional(text(100)) }), response: returns<{ remaining: number }>() },
  'batch-start': { target: 'background', from: ['popup'], request: record({ tabId }), response: returns<BatchStatus>() },
  'batch-cancel': { target: 'background', from: ['popup'], request: record({ tabId }), response: returns<BatchStatus>() },
  'batch-status': { target: 'background', from: ['popup'], request: record({ tabId }), response: returns<BatchStatus>() },
  // Tile map page: a batch of windows of the image the background stored for this page, named
  // only by its id, never by an address (one message per batch, not per tile).
  'classify-tiles': { target: 'background', from: ['tile-map'], request: record({ storedId: GrantIdSchema, windows: TileWindowsSchema }), response: returns<{ verdicts: TileVerdict[] }>() },
  'region-selected': { target: 'background', from: ['content'], request: GrantedRegionSelectionSchema, response: returns<{ accepted: boolean }>() },
  'region-cancelled': { target: 'background', from: ['content'], request: GrantRefSchema, response: returns<{ revoked: boolean }>() },
  'open-tile-map': { target: 'background', from: ['card'], request: GrantRefSchema, response: returns<{ opened: boolean }>() },

  'host-classify-image': {
    target: 'model-host',
    from: ['background'],
    request: record({ image: EncodedImageSchema, backend: BackendPreferenceSchema, options: v.optional(RunOptionsSchema) }),
    response: returns<Classification>(),
  },
  'host-explain-image': { target: 'model-host', from: ['background'], request: record({ image: EncodedImageSchema, backend: BackendPreferenceSchema, tta: v.optional(v.boolean('expected a boolean')) }), response: returns<Explanation>() },
  // The same batch. The host keeps the last image it decoded under `imageKey`; without `image`
  // and without that copy it answers `verdicts: null`, and the background sends it again with the image.
  'host-classify-tiles': {
    target: 'model-host',
    from: ['background'],
    request: record({ imageKey: GrantIdSchema, image: v.optional(EncodedImageSchema), windows: TileWindowsSchema, backend: BackendPreferenceSchema }),
    response: returns<{ verdicts: TileVerdict[] | null }>(),
  },

  // Content scripts hear only the background (content/main.ts also checks sender.id).
  'overlay-update': { target: 'content', from: ['background'], request: OverlayUpdateSchema, response: shown },
  'read-blob-url': { target: 'content', from: ['background'], request: record({ url: blobUrl }), response: BlobImageSchema },
  'find-images': { target: 'content', from: ['background'], request: record({ minSize: num(0, 10_000) }), response: PageScanSchema },
  'batch-badge': { target: 'content', from: ['background'], request: BadgeUpdateSchema, response: shown },
  'hovered-image': { target: 'content', from: ['background'], request: record({}), response: record({ srcUrl: v.nullable(text(MAX_BASE64)) }) },
  'start-region-capture': { target: 'content', from: ['background'], request: record({ action: RegionActionSchema, grant: GrantIdSchema }), response: record({ started: v.boolean('expected true or false') }) },
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
