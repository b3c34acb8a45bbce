/**
 * The one message contract of the extension: every message, who handles it, and the
 * shapes going in and out. `runtime.sendMessage` JSON-serialises, so every payload here
 * is plain JSON; image bytes travel as base64 on purpose (DESIGN §7).
 */
import type { HeatMap } from '../core/grad-cam';
import type { Classification } from '../core/types';
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

/** What to explain: image bytes (popup) or a page image's address (overlay; read again). */
export type ExplainSource = { image: EncodedImage } | { srcUrl: string };

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
}

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
  'open-model-card': { target: 'background'; request: Record<string, never>; response: { opened: boolean } };
  /** Background → content script: show or update the overlay of one request. */
  'overlay-update': { target: 'content'; request: OverlayUpdate; response: { shown: boolean } };
  /** Background → content script: read a page-owned `blob:` URL. */
  'read-blob-url': { target: 'content'; request: { url: string }; response: EncodedImage };
}

export type MessageType = keyof MessageMap;
export type RequestOf<K extends MessageType> = MessageMap[K]['request'];
export type ResponseOf<K extends MessageType> = MessageMap[K]['response'];

export const MESSAGE_TARGETS: { [K in MessageType]: MessageMap[K]['target'] } = {
  'classify-image': 'background',
  'run-model': 'offscreen',
  'overlay-update': 'content',
  'read-blob-url': 'content',
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
