// Fuzz: seeded random payloads (the seed is in the test name) at every handler of every
// registry. Nothing malformed may reach a handler or throw; a payload that passes validation
// must reach exactly its own handler, untouched.
import { describe, expect, it } from 'vitest';
import { backgroundHandlers } from '../background/handlers';
import { contentHandlers } from '../content/handlers';
import { modelHostHandlers } from '../model-host/handlers';
import { dispatch, type HandlerRegistry } from './dispatch';
import { MESSAGE_TARGETS, type MessageType, type Target } from './messages';
import { VALID_REQUESTS } from '../../tests/helpers/valid-requests';
import { SENDER_POLICY } from './sender-policy';
import { isMessageType, validateEnvelope } from './validate-message';

const REGISTRIES: { [T in Target]: HandlerRegistry<T> } = { background: backgroundHandlers, 'model-host': modelHostHandlers, content: contentHandlers };
const TYPES = Object.keys(MESSAGE_TARGETS) as MessageType[];
const TARGETS = Object.keys(REGISTRIES) as Target[];

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
        // Sent as a context the policy allows for its type, so validation is what is fuzzed
        // here; sender-policy.test.ts covers the senders.
        const type = (payload as { type?: unknown } | null)?.type;
        const reply = await dispatch(target, spy, payload, { kind: isMessageType(type) ? SENDER_POLICY[type][0] : 'popup' });
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
