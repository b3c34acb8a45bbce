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

const backend: Check = (v) => (v === 'auto' || v === 'webgpu' || v === 'wasm' ? null : 'expected auto, webgpu or wasm');

const runOptions: Check = (v) =>
  v === undefined ? null : shape({
    tta: (t) => (typeof t === 'boolean' ? null : 'expected a boolean'),
    inputCheck: (c) => (['off', 'lenient', 'standard', 'strict'].includes(c as string) ? null : 'expected off, lenient, standard or strict'),
  })(v);

const explainSource: Check = (v) => {
  if (!isObject(v)) return 'expected an object';
  if ('image' in v) return shape({ image: encodedImage })(v);
  return shape({ srcUrl: str(MAX_BASE64) })(v);
};

const REQUEST_CHECKS: { [K in MessageType]: Check } = {
  'classify-image': shape({ image: encodedImage }),
  'run-model': shape({ image: encodedImage, backend, options: runOptions }),
  'explain-image': explainSource,
  'run-explain': shape({ image: encodedImage, backend }),
  'open-model-card': (v) => (isObject(v) ? null : 'expected an object'),
  'overlay-update': shape({ requestId: str(100), srcUrl: str(MAX_BASE64), state: overlayState }),
  'read-blob-url': shape({ url: (v) => (typeof v === 'string' && v.startsWith('blob:') ? null : 'expected a blob: URL') }),
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
