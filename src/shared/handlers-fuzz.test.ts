/**
 * Fuzz: seeded random payloads (reproducible: the seed is in the test name) thrown at
 * every handler registry, for every message in the contract. Messages added later are
 * covered without touching this file, since it iterates MESSAGE_TARGETS and the
 * registries. Nothing malformed may reach a handler, nothing may throw, and every
 * rejection must say `invalid-message`; a payload that does pass validation must reach
 * exactly the handler of its type, with its request untouched.
 */
import { describe, expect, it } from 'vitest';
import { backgroundHandlers } from '../background/handlers';
import { contentHandlers } from '../content/handlers';
import { offscreenHandlers } from '../offscreen/handlers';
import { dispatch, type HandlerRegistry } from './dispatch';
import { MESSAGE_TARGETS, type MessageType, type RequestOf, type Target } from './messages';
import { isMessageType, validateEnvelope } from './validate-message';

const REGISTRIES: { [T in Target]: HandlerRegistry<T> } = { background: backgroundHandlers, offscreen: offscreenHandlers, content: contentHandlers };
const TYPES = Object.keys(MESSAGE_TARGETS) as MessageType[];
const TARGETS = Object.keys(REGISTRIES) as Target[];

const image = { base64: 'AAAA', mimeType: 'image/png', name: 'x.png' };
const tile = { width: 1, height: 1, base64: 'AAAAAA==' };
const selection = { rect: { x: 1, y: 2, width: 30, height: 40 }, viewport: { width: 800, height: 600 }, scroll: { x: 0, y: 0 }, devicePixelRatio: 1, action: 'classify' as const };

/**
 * One well-formed request per message. Typed against the contract, so a message added
 * to MESSAGE_TARGETS without an example here does not compile.
 */
const VALID_REQUESTS: { [K in MessageType]: RequestOf<K> } = {
  'classify-image': { image },
  'run-model': { image, backend: 'wasm', options: { tta: true, inputCheck: 'standard' } },
  'explain-image': { srcUrl: 'https://x/y.png' },
  'run-explain': { image, backend: 'auto' },
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
  'classify-tiles': { tiles: [tile] },
  'run-model-tiles': { tiles: [tile], backend: 'wasm' },
  'start-region-capture': { action: 'tile-map' },
  'region-selected': selection,
  'context-target-region': { action: 'classify' },
  'open-tile-map': { storedId: 'abc-1' },
};

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generator(rand: () => number) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const strings = ['', 'x', 'image/png', 'blob:http://x/1', 'https://evil.example/', '__proto__', 'constructor', 'toString', 'loading', 'result', 'error', 'wasm', 'auto', 'cuda', 'AAAA', '💥'.repeat(50), ...TYPES, ...TARGETS];
  const value = (depth: number): unknown => {
    const r = rand();
    if (depth > 3 || r < 0.15) return pick([null, undefined, true, 0, -1, NaN, 1e308, 3.5, pick(strings)]);
    if (r < 0.3) return 'x'.repeat(Math.floor(rand() * 300));
    if (r < 0.45) return Array.from({ length: Math.floor(rand() * 4) }, () => value(depth + 1));
    const keys = ['image', 'base64', 'mimeType', 'name', 'backend', 'url', 'requestId', 'srcUrl', 'state', 'kind', 'stage', 'result', 'error', 'code', 'message', '__proto__'];
    const obj: Record<string, unknown> = {};
    for (let i = Math.floor(rand() * 5); i > 0; i--) obj[pick(keys)] = value(depth + 1);
    return obj;
  };
  /** A well-formed request of each type, to mutate from (so fuzzing gets past the first check). */
  const valid = (type: MessageType): unknown => (isMessageType(type) ? structuredClone(VALID_REQUESTS[type]) : value(0));
  const mutate = (v: unknown, depth = 0): unknown => {
    if (typeof v !== 'object' || v === null || depth > 3) return rand() < 0.3 ? value(2) : v;
    const copy: Record<string, unknown> = Array.isArray(v) ? [...v] as unknown as Record<string, unknown> : { ...(v as Record<string, unknown>) };
    const keys = Object.keys(copy);
    const r = rand();
    if (r < 0.25 && keys.length) delete copy[pick(keys)];
    else if (r < 0.6 && keys.length) copy[pick(keys)] = value(depth + 1);
    else if (r < 0.8 && keys.length) { const k = pick(keys); copy[k] = mutate(copy[k], depth + 1); }
    else copy[pick(['extra', '__proto__', 'constructor'])] = value(depth + 1);
    return copy;
  };
  return (): unknown => {
    const r = rand();
    if (r < 0.1) return value(0);
    const type = rand() < 0.9 ? pick(TYPES) : pick(strings);
    const target = rand() < 0.85 && typeof type === 'string' && type in MESSAGE_TARGETS ? MESSAGE_TARGETS[type as MessageType] : pick([...TARGETS, 'page', undefined]);
    const request = type in MESSAGE_TARGETS && rand() < 0.9 ? (rand() < 0.15 ? valid(type as MessageType) : mutate(valid(type as MessageType))) : value(0);
    return { type, target, request };
  };
}

describe.each([1, 42, 20260101])('fuzzing every handler registry (seed %i)', (seed) => {
  it('never throws, never lets a malformed message through, rejects with invalid-message', async () => {
    const next = generator(prng(seed));
    const calls: { target: Target; type: string; request: unknown }[] = [];
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      const payload = next();
      const valid = validateEnvelope(payload);
      for (const target of TARGETS) {
        // The real registry's entries, each replaced by a recorder: the keys are the real ones.
        const spy = Object.fromEntries(Object.keys(REGISTRIES[target]).map((type) => [type, async (request: unknown) => {
          calls.push({ target, type, request });
          return {};
        }])) as unknown as HandlerRegistry<typeof target>;
        const before = calls.length;
        const reply = await dispatch(target, spy, payload, {});
        const addressed = typeof payload === 'object' && payload !== null && (payload as { target?: unknown }).target === target;
        if (typeof valid !== 'string' && valid.target === target) {
          accepted++;
          expect(reply).toEqual({ ok: true, value: {} });
          expect(calls.slice(before)).toEqual([{ target, type: valid.type, request: (payload as { request: unknown }).request }]);
        } else {
          expect(calls.length, JSON.stringify(payload)?.slice(0, 200)).toBe(before);
          const answer = await reply;
          if (answer) expect(answer.ok ? 'accepted' : answer.error.code).toBe('invalid-message');
          if (typeof payload === 'object' && payload !== null && !addressed) expect(reply).toBeUndefined();
        }
      }
    }
    // The generator must produce valid messages of every type too, or it tests nothing.
    expect(accepted).toBeGreaterThan(100);
    for (const type of TYPES) expect(calls.some((c) => c.type === type), type).toBe(true);
  });
});
