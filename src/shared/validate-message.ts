/**
 * Runtime validation of everything that arrives over extension messaging. Types are
 * erased at run time, and a page must never be able to spoof a request or result, so
 * each handler only ever sees a request that passed these checks.
 */
import { MESSAGE_TARGETS, type Envelope, type MessageType } from './messages';

type Check = (v: unknown) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const str =
  (max: number): Check =>
  (v) =>
    typeof v === 'string' && v.length <= max ? null : `expected a string of at most ${max} characters`;

const shape =
  (fields: Record<string, Check>): Check =>
  (v) => {
    if (!isObject(v)) return 'expected an object';
    for (const [key, check] of Object.entries(fields)) {
      const problem = check(v[key]);
      if (problem) return `${key}: ${problem}`;
    }
    return null;
  };

// 64 MiB of base64 covers a 48 MB file; anything larger is refused before decoding.
const MAX_BASE64 = 64 * 1024 * 1024;
const encodedImage = shape({ base64: str(MAX_BASE64), mimeType: str(200), name: str(4096) });

const overlayState: Check = (v) => {
  if (!isObject(v)) return 'expected an object';
  if (v.kind === 'loading') return str(40)(v.stage);
  if (v.kind === 'result') return isObject(v.result) ? null : 'result: expected an object';
  if (v.kind === 'error') return shape({ code: str(40), message: str(2000) })(v.error);
  return 'unknown overlay state';
};

const tabId: Check = (v) => (Number.isInteger(v) && (v as number) >= 0 ? null : 'expected a tab id');
const num =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? null : `expected a number from ${min} to ${max}`;
const optional = (check: Check): Check => (v) => (v === undefined ? null : check(v));
const oneOf = (...choices: string[]): Check => (v) => (choices.includes(v as string) ? null : `expected one of ${choices.join(', ')}`);

const PX = 1e6;
const rect = shape({ x: num(-PX, PX), y: num(-PX, PX), width: num(0, PX), height: num(0, PX) });
const regionSelection = shape({
  rect,
  viewport: shape({ width: num(1, PX), height: num(1, PX) }),
  scroll: shape({ x: num(-PX * 100, PX * 100), y: num(-PX * 100, PX * 100) }),
  devicePixelRatio: num(0.1, 16),
  action: oneOf('classify', 'tile-map'),
});
const tileMapSource: Check = (v) => {
  if (!isObject(v)) return 'expected an object';
  if (typeof v.storedId === 'string') return /^[\w-]{1,64}$/.test(v.storedId) ? null : 'storedId: expected an id';
  return str(MAX_BASE64)(v.srcUrl) ? 'expected srcUrl or storedId' : null;
};
// Tile windows: at most 64 per message, in source pixels; the host checks them against the image.
const MAX_WINDOWS_PER_MESSAGE = 64;
const int = (min: number, max: number): Check => (v) => (Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? null : `expected a whole number from ${min} to ${max}`);
const tileWindow = shape({ x: int(0, PX), y: int(0, PX), size: int(1, PX) });
const windows: Check = (v) => {
  if (!Array.isArray(v) || v.length === 0 || v.length > MAX_WINDOWS_PER_MESSAGE) return `expected 1 to ${MAX_WINDOWS_PER_MESSAGE} tile windows`;
  // Indexing, not v.entries(): a crafted array may not have Array.prototype behind it.
  for (let i = 0; i < v.length; i++) {
    const problem = tileWindow(v[i]);
    if (problem) return `window ${i}: ${problem}`;
  }
  return null;
};
const storedId: Check = (v) => (typeof v === 'string' && /^[\w-]{1,64}$/.test(v) ? null : 'expected an id');

/** A grant id is a UUID the background made (src/background/user-grants.ts). */
const grant: Check = (v) => (typeof v === 'string' && /^[\w-]{1,64}$/.test(v) ? null : 'expected a grant id');

const backend: Check = (v) => (v === 'auto' || v === 'webgpu' || v === 'wasm' ? null : 'expected auto, webgpu or wasm');

const runOptions: Check = (v) =>
  v === undefined ? null : shape({
    tta: (t) => (typeof t === 'boolean' ? null : 'expected a boolean'),
    inputCheck: (c) => (['off', 'lenient', 'standard', 'strict'].includes(c as string) ? null : 'expected off, lenient, standard or strict'),
  })(v);

const explainSource: Check = (v) => {
  if (!isObject(v)) return 'expected an object';
  if ('image' in v) return shape({ image: encodedImage })(v);
  return shape({ grant })(v);
};

const REQUEST_CHECKS: { [K in MessageType]: Check } = {
  'classify-image': shape({ image: encodedImage }),
  'run-model': shape({ image: encodedImage, backend, options: runOptions }),
  'explain-image': explainSource,
  'run-explain': shape({ image: encodedImage, backend }),
  'open-model-card': shape({ grant: optional(grant) }),
  'overlay-update': shape({
    requestId: str(100),
    srcUrl: str(MAX_BASE64),
    state: overlayState,
    focus: optional((v) => (typeof v === 'boolean' ? null : 'expected true or false')),
    region: optional(rect),
    tileMap: optional(tileMapSource),
  }),
  'read-blob-url': shape({ url: (v) => (typeof v === 'string' && v.startsWith('blob:') ? null : 'expected a blob: URL') }),
  'history-list': shape({}),
  'history-delete': shape({ id: optional(str(100)) }),
  'batch-start': shape({ tabId }),
  'batch-cancel': shape({ tabId }),
  'batch-status': shape({ tabId }),
  'find-images': shape({ minSize: (v) => (typeof v === 'number' && v >= 0 && v <= 10_000 ? null : 'expected a size in pixels') }),
  'batch-badge': shape({
    id: str(100),
    status: oneOf('queued', 'running', 'done', 'not-assessable', 'error', 'cancelled'),
    text: str(200),
  }),
  'hovered-image': shape({}),
  'classify-tiles': shape({ storedId, windows }),
  'run-model-tiles': shape({ imageKey: storedId, image: optional(encodedImage), windows, backend }),
  'start-region-capture': shape({ action: oneOf('classify', 'tile-map'), grant }),
  'region-selected': (v) => regionSelection(v) ?? shape({ grant })(v),
  'context-target-region': shape({ action: oneOf('classify', 'tile-map') }),
  'open-tile-map': shape({ grant }),
};

export function isMessageType(v: unknown): v is MessageType {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(MESSAGE_TARGETS, v);
}

/** Returns the envelope if valid, or a reason string. */
export function validateEnvelope(raw: unknown): Envelope | string {
  if (!isObject(raw)) return 'message is not an object';
  if (!isMessageType(raw.type)) return `unknown message type ${JSON.stringify(raw.type)?.slice(0, 60)}`;
  if (raw.target !== MESSAGE_TARGETS[raw.type]) return `message ${raw.type} sent to the wrong target`;
  const problem = REQUEST_CHECKS[raw.type](raw.request);
  if (problem) return `invalid ${raw.type} request: ${problem}`;
  return raw as unknown as Envelope;
}
