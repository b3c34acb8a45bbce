/**
 * The one message contract of the extension: every message, who handles it, and the
 * shapes going in and out. `runtime.sendMessage` JSON-serialises, so every payload here
 * is plain JSON (a Uint8Array would arrive as a plain object, an ArrayBuffer as `{}`); image
 * bytes travel as base64 on purpose.
 */
import type { HistoryEntry } from '../core/history-entry';
import type { Rect } from '../core/region-crop';
import type { HeatMap } from '../core/heat-map';
import type { Classification } from '../core/types';
import type { BadgeUpdate, BatchStatus, PageScan } from './batch';
import type { ErrorInfo } from './errors';
import type { InputCheckStrictness } from './settings';

/** Per-request model choices, from the settings (TTA, input-check strictness). */
export interface RunOptions {
  tta: boolean;
  inputCheck: InputCheckStrictness;
}

/** A Grad-CAM heat map with the image it explains, as the model saw it (224×224, squashed). */
export interface Explanation {
  heatMap: HeatMap;
  /** The class explained. */
  displayName: string;
  /** JPEG data URL of the model input, to draw the map over. */
  image: string;
}

/**
 * What to explain: image bytes (popup), or the grant of a result card (overlay): the
 * background issued it when the user clicked and knows which image it stands for. A page
 * never names an address for the extension to read (docs/HARDENING.md).
 */
export type ExplainSource = { image: EncodedImage } | { grant: string };

/** A background-issued token for something the user chose on a page (src/background/user-grants.ts). */
export interface GrantRef {
  grant: string;
}

/** Encoded image file bytes (JPEG, PNG, ...) as base64, with the type we were told. */
export interface EncodedImage {
  base64: string;
  mimeType: string;
  /** Where the bytes came from, for error messages ("photo.jpg", an URL). */
  name: string;
}

export type OverlayState =
  | { kind: 'loading'; stage: 'reading-image' | 'loading-model' | 'classifying' }
  | { kind: 'result'; result: Classification }
  | { kind: 'error'; error: ErrorInfo };

export interface OverlayUpdate {
  requestId: string;
  srcUrl: string;
  state: OverlayState;
  /** Move keyboard focus into the card (it was opened from a keyboard shortcut). */
  focus?: boolean;
  /** For a captured region (no image element): where it is, in page (document) CSS pixels. */
  region?: Rect;
  /** Offers a "Tile map" button: the stored capture of a region, or the image's URL. */
  tileMap?: TileMapSource;
}

/**
 * One tile-map window in the stored image's pixels. The model host cuts it from its own
 * decoded copy of the image, so no pixels cross a message (issue 18).
 */
export interface TileWindow {
  x: number;
  y: number;
  size: number;
}

/** What the host found in one window: its tissue share and, for a tissue tile, the classification. */
export interface TileVerdict {
  tissueFraction: number;
  result: Classification | null;
}

/** What a dragged region is for: one classification, or a tile map of it. */
export type RegionAction = 'classify' | 'tile-map';

/** A region the user picked on a page, in viewport CSS pixels, with what is needed to crop a screenshot. */
export interface RegionSelection {
  rect: Rect;
  viewport: { width: number; height: number };
  scroll: { x: number; y: number };
  devicePixelRatio: number;
  action: RegionAction;
}

/** What the tile map page opens: an image URL to read, or an image the background already stored. */
export type TileMapSource = { srcUrl: string } | { storedId: string };

/** Which TF.js backend to run on; 'auto' = WebGPU on a hardware adapter, else WASM. */
export type BackendPreference = 'auto' | 'webgpu' | 'wasm';

/** Where a message is delivered. Offscreen and background both hear runtime messages. */
export type Target = 'background' | 'offscreen' | 'content';

export interface MessageMap {
  /** Popup → background: classify an uploaded, dropped or pasted image. */
  'classify-image': { target: 'background'; request: { image: EncodedImage }; response: Classification };
  /** Background → inference host (offscreen document). */
  'run-model': {
    target: 'offscreen';
    request: { image: EncodedImage; backend: BackendPreference; options?: RunOptions };
    response: Classification;
  };
  /** Popup or overlay → background: a Grad-CAM heat map of an image, on request. */
  'explain-image': { target: 'background'; request: ExplainSource; response: Explanation };
  /** Background → inference host (offscreen document): compute a heat map. */
  'run-explain': { target: 'offscreen'; request: { image: EncodedImage; backend: BackendPreference }; response: Explanation };
  /** Popup or overlay → background: open the model card page in a tab (content scripts cannot). */
  'open-model-card': { target: 'background'; request: Partial<GrantRef>; response: { opened: boolean } };
  /** Background → content script: show or update the overlay of one request. */
  'overlay-update': { target: 'content'; request: OverlayUpdate; response: { shown: boolean } };
  /** Background → content script: read a page-owned `blob:` URL. */
  'read-blob-url': { target: 'content'; request: { url: string }; response: EncodedImage };
  /** Popup → background: the stored history, newest first. */
  'history-list': { target: 'background'; request: Record<string, never>; response: { entries: HistoryEntry[] } };
  /** Popup → background: delete one entry (by id) or, without an id, all of them. */
  'history-delete': { target: 'background'; request: { id?: string }; response: { remaining: number } };
  /** Popup → background: classify every candidate image in a tab, one after another. */
  'batch-start': { target: 'background'; request: { tabId: number }; response: BatchStatus };
  'batch-cancel': { target: 'background'; request: { tabId: number }; response: BatchStatus };
  /** Popup → background: progress of a tab's batch (polled while the popup is open). */
  'batch-status': { target: 'background'; request: { tabId: number }; response: BatchStatus };
  /** Background → content script: the images worth classifying on this page. */
  'find-images': { target: 'content'; request: { minSize: number }; response: PageScan };
  /** Background → content script: show or update the small badge on one image. */
  'batch-badge': { target: 'content'; request: BadgeUpdate; response: { shown: boolean } };
  /** Background → content script: the image under the pointer or with keyboard focus. */
  'hovered-image': { target: 'content'; request: Record<string, never>; response: { srcUrl: string | null } };
  /**
   * Tile map page → background: classify a batch of windows of the image the background
   * stored for this page (by its id; one message per batch, not per tile).
   */
  'classify-tiles': { target: 'background'; request: { storedId: string; windows: TileWindow[] }; response: { verdicts: TileVerdict[] } };
  /**
   * Background → inference host: the same batch. The host keeps the last image it decoded
   * under `imageKey`; without `image` and without that copy it answers `verdicts: null`, and
   * the background sends the batch again with the image.
   */
  'run-model-tiles': {
    target: 'offscreen';
    request: { imageKey: string; image?: EncodedImage; windows: TileWindow[]; backend: BackendPreference };
    response: { verdicts: TileVerdict[] | null };
  };
  /** Background → content script (top frame): show the crosshair and let the user drag a region. */
  'start-region-capture': { target: 'content'; request: { action: RegionAction } & GrantRef; response: { started: boolean } };
  /** Content script → background: the region the user dragged; capture, crop and classify it. */
  'region-selected': { target: 'background'; request: RegionSelection & GrantRef; response: { accepted: boolean } };
  /** Background → content script: the canvas / video / SVG / CSS background that was right-clicked, as a region. */
  'context-target-region': { target: 'content'; request: { action: RegionAction }; response: { selection: RegionSelection | null; what: string } };
  /** Overlay → background: open the tile map page for the image or capture behind a result card. */
  'open-tile-map': { target: 'background'; request: GrantRef; response: { opened: boolean } };
}

export type MessageType = keyof MessageMap;
export type RequestOf<K extends MessageType> = MessageMap[K]['request'];
export type ResponseOf<K extends MessageType> = MessageMap[K]['response'];

export const MESSAGE_TARGETS: { [K in MessageType]: MessageMap[K]['target'] } = {
  'classify-image': 'background',
  'run-model': 'offscreen',
  'overlay-update': 'content',
  'read-blob-url': 'content',
  'history-list': 'background',
  'history-delete': 'background',
  'batch-start': 'background',
  'batch-cancel': 'background',
  'batch-status': 'background',
  'find-images': 'content',
  'batch-badge': 'content',
  'hovered-image': 'content',
  'classify-tiles': 'background',
  'run-model-tiles': 'offscreen',
  'start-region-capture': 'content',
  'region-selected': 'background',
  'context-target-region': 'content',
  'open-tile-map': 'background',
  'explain-image': 'background',
  'run-explain': 'offscreen',
  'open-model-card': 'background',
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
